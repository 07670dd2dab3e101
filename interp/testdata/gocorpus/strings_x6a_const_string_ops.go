// Exercises: operations on constant strings in function bodies: indexing, slicing, len as a constant, typed string constants, conversions
package main

import "fmt"

const greeting = "hello, world"

type Color string

const Red Color = "red"

func main() {
	first := greeting[0]
	last := greeting[len(greeting)-1]
	fmt.Printf("%T %c %c\n", first, first, last)
	word := greeting[:5]
	fmt.Printf("%T %q %d\n", word, word, len(greeting))
	var arr [len(greeting)]bool
	fmt.Println(len(arr), cap(arr))
	c := Red[1:]
	fmt.Printf("%T %v %T %v\n", c, c, Red[0], Red+"dish")
	bs := []byte(greeting[7:])
	bs[0] -= 32
	fmt.Println(string(bs), "abc"[1], string("abc"[2]))
	const n = len("héllo")
	fmt.Println(n, []rune("héllo")[1] == 'é')
}
