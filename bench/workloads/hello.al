// Start-up: one 0 ms sleep, print a line.
sleep(0).await;
println("hello, async world");
