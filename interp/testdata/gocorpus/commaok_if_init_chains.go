// Exercises: comma-ok in if/else-if init statements and scoping of the variables.
package main

import (
	"fmt"
	"strconv"
)

var registry = map[string]string{"port": "8080", "debug": "yes", "ratio": "0.5"}

func main() {
	for _, key := range []string{"port", "debug", "ratio", "missing"} {
		if raw, ok := registry[key]; !ok {
			fmt.Println(key, "not set")
		} else if n, err := strconv.Atoi(raw); err == nil {
			fmt.Println(key, "int", n+1)
		} else if f, err := strconv.ParseFloat(raw, 64); err == nil {
			fmt.Println(key, "float", f*2)
		} else {
			fmt.Println(key, "string", raw, "err:", err)
		}
	}
}
