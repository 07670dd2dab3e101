// Exercises: switch statements - no condition, init statement, multiple values per case, fallthrough, default placement
package main

import "fmt"

func grade(n int) string {
	switch {
	case n >= 90:
		return "A"
	case n >= 80:
		return "B"
	default:
		return "C"
	}
}

func describe(n int) []string {
	var out []string
	switch x := n % 4; x {
	default:
		out = append(out, "other")
	case 0:
		out = append(out, "zero")
		fallthrough
	case 1:
		out = append(out, "one-or-fell")
		fallthrough
	case 2, 3:
		out = append(out, "low")
	}
	return out
}

func main() {
	fmt.Println("grades:", grade(95), grade(85), grade(10))
	for i := 0; i < 4; i++ {
		fmt.Println(i, "->", describe(i))
	}
	switch c := 'x'; c {
	case 'a', 'e', 'i', 'o', 'u':
		fmt.Println("vowel")
	default:
		fmt.Println("consonant", string(c))
	}
	count := 0
	next := func() int { count++; return count }
	switch next() {
	case next(), next(), 3:
		fmt.Println("matched after calls:", count)
	default:
		fmt.Println("no match; case expressions called left to right:", count)
	}
}
