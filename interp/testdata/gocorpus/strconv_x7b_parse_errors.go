// Exercises: strconv.ParseInt with bases and bit sizes, *strconv.NumError via errors.As, errors.Is ErrRange/ErrSyntax.
package main

import (
	"errors"
	"fmt"
	"strconv"
)

func main() {
	inputs := []struct {
		s    string
		base int
		bits int
	}{
		{"ff", 16, 64}, {"0x1F", 0, 64}, {"777", 8, 64}, {"1011", 2, 8},
		{"300", 10, 8}, {"12a", 10, 64}, {"-128", 10, 8}, {"0b101", 0, 64}, {"", 10, 64},
	}
	for _, in := range inputs {
		v, err := strconv.ParseInt(in.s, in.base, in.bits)
		if err != nil {
			var ne *strconv.NumError
			if errors.As(err, &ne) {
				fmt.Printf("%-6q func=%s num=%q range=%v syntax=%v\n", in.s, ne.Func, ne.Num,
					errors.Is(err, strconv.ErrRange), errors.Is(err, strconv.ErrSyntax))
			}
			fmt.Println("  err:", err, "value:", v)
			continue
		}
		fmt.Printf("%-6q = %d\n", in.s, v)
	}
	u, err := strconv.ParseUint("-1", 10, 64)
	fmt.Println(u, err)
	b, err := strconv.ParseBool("maybe")
	fmt.Println(b, err)
}
