println(len("a", "b"));
