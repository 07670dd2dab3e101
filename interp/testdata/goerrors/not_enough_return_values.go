// Compile error: returning only one value from a function declared with two results.
// Expected: not enough return values
package main

import (
	"errors"
	"fmt"
)

func parse(s string) (int, error) {
	if s == "" {
		return errors.New("empty")
	}
	return len(s), nil
}

func main() {
	fmt.Println(parse("abc"))
}
