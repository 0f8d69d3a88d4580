println("bad \q escape");
