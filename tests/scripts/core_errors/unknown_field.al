let config = {port: 80};
println(config.host);
