sleep(1ms).await;
println(1 / 0);
