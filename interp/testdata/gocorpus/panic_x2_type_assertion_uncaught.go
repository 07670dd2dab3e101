// Exercises: an uncaught failed type assertion on an interface value read from a map of any.
package main

import "fmt"

func main() {
	config := map[string]any{
		"port":    8080,
		"host":    "localhost",
		"debug":   true,
		"timeout": "30s",
	}
	port := config["port"].(int)
	host := config["host"].(string)
	fmt.Println(host, port)
	if d, ok := config["debug"].(bool); ok {
		fmt.Println("debug:", d)
	}
	if _, ok := config["timeout"].(int); !ok {
		fmt.Println("timeout is not an int (comma-ok form does not panic)")
	}
	fmt.Println("now the unchecked assertion")
	timeout := config["timeout"].(int)
	fmt.Println("unreachable", timeout)
}
