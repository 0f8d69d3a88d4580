// exit: 1
fn fail() { throw ["a", 1]; }
fail();
