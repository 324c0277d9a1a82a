package org.veil.exif;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GeneratorNamesTest {
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Stable Diffusion|Stable Diffusion",
        "stable-diffusion-webui|Stable Diffusion",
        "Midjourney v6|Midjourney",
        "DALL·E 3|DALL-E",
        "OpenAI DALL-E|DALL-E",
        "Adobe Firefly Image 3|Adobe Firefly",
        "ComfyUI|ComfyUI",
        "AUTOMATIC1111|Automatic1111",
        "NovelAI|NovelAI",
        "InvokeAI 3.4|InvokeAI",
        "Leonardo.Ai|Leonardo.Ai",
        "Google Imagen 2|Imagen",
        "FLUX.1-dev|Flux",
        "AI generated image|AI generated"
      })
  void namesAGenerator(String software, String generator) {
    assertEquals(Optional.of(generator), GeneratorNames.find(software));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Adobe Photoshop Lightroom",
        "4.1",
        "Influxdb exporter",
        "Imagenomic Portraiture",
        "GIMP 2.10",
        "Digital Camera DX-10 Ver1.00"
      })
  void ordinarySoftwareIsNotAClue(String software) {
    assertEquals(Optional.empty(), GeneratorNames.find(software));
  }
}
