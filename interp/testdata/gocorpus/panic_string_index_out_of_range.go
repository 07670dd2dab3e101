// Exercises: unrecovered runtime panic - string index out of range.
package main

import "fmt"

func initial(s string) byte {
	return s[0]
}

func main() {
	for _, name := range []string{"ada", "bob"} {
		fmt.Printf("%c\n", initial(name))
	}
	fmt.Println("initial of empty name:")
	fmt.Printf("%c\n", initial(""))
}
