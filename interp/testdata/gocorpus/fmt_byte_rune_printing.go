// Exercises: printing bytes, runes and strings with %c %U %q %v.
package main

import "fmt"

type Letter rune

func main() {
	s := "héllo, 世界"
	for i, r := range s {
		fmt.Printf("%d:%c:%U ", i, r, r)
	}
	fmt.Println()
	fmt.Printf("%v %q %v\n", s[1], s[1], []byte(s[:3]))
	l := Letter('λ')
	fmt.Printf("%v %c %q %T\n", l, l, l, l)
	fmt.Println([]rune("añb"), string([]rune{72, 105}))
	fmt.Printf("%q %+q\n", "tab\there", "ünï")
}
