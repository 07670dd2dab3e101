// Exercises: iota with skips, expressions, multiple constants per line and bit flags.
package main

import "fmt"

type Perm uint8

const (
	Read Perm = 1 << iota
	Write
	Exec
)

const (
	A, B = iota, iota * 10
	C, D
	_, _
	E, F
)

const (
	first = iota + 100
	second
	third = "text"
	fourth
	fifth = iota
)

func main() {
	p := Read | Exec
	fmt.Println(Read, Write, Exec, p)
	fmt.Println(p&Write != 0, p&Exec != 0)
	p &^= Exec
	fmt.Printf("%03b\n", p)
	fmt.Println(A, B, C, D, E, F)
	fmt.Println(first, second, third, fourth, fifth)
}
