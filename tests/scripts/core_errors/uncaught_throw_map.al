throw {code: 42, reason: "bad"};
