// A task spawned just before main ends never gets a scheduling point: it never runs.
spawn(async { println("NEVER: spawned just before main ended"); });
println("main ends");
