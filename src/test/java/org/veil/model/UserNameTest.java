package org.veil.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class UserNameTest {
  @Test
  void namesCompareFoldedTrimmedWithoutTheAtAndLowerCased() {
    assertEquals("kim_minsu", UserName.key("@Kim_Minsu"));
    assertEquals("kim_minsu", UserName.key("  @ Kim_Minsu "));
    assertEquals("kim_minsu", UserName.key("ｋｉｍ＿ｍｉｎｓｕ"), "full-width letters fold");
    assertEquals("kim_minsu", UserName.key("＠Kim_Minsu"), "a full-width @ too");
    assertEquals("김민수", UserName.key("@김민수"));
    assertEquals("file", UserName.key("ﬁle"), "compatibility ligatures fold");
    assertEquals("", UserName.key(null));
    assertEquals("", UserName.key("   "));
  }
}
