println("cafÿ");
