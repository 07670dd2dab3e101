// Exercises: an uncaught panic with a formatted string after nested defers print in LIFO order.
package main

import (
	"fmt"
	"strings"
)

func validate(cfg map[string]string) {
	defer fmt.Println("validate: deferred cleanup")
	for _, k := range []string{"name", "mode"} {
		if cfg[k] == "" {
			panic(fmt.Sprintf("config: missing required key %q (have %d keys)", k, len(cfg)))
		}
	}
	fmt.Println("config ok:", strings.ToUpper(cfg["mode"]))
}

func main() {
	defer fmt.Println("main: first deferred, runs last")
	defer func() {
		fmt.Println("main: second deferred, sees panic but does not recover")
	}()
	validate(map[string]string{"name": "a", "mode": "fast"})
	validate(map[string]string{"name": "b"})
	fmt.Println("unreachable")
}
