// Exercises: local variable named like an imported package after its last use
package main

import (
	"fmt"
	"strings"
)

func main() {
	s := strings.ToUpper("abc")
	fmt.Println(s)
	strings := []string{"a", "b"}
	fmt.Println(len(strings), strings)
}
