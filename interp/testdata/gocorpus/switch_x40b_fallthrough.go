package main

import "fmt"

func grade(score int) string {
	switch {
	case score >= 90:
		return "A"
	case score >= 80:
		return "B"
	case score >= 70:
		return "C"
	}
	return "F"
}

func perks(level int) []string {
	var out []string
	switch level {
	case 3:
		out = append(out, "lounge")
		fallthrough
	case 2:
		out = append(out, "priority")
		fallthrough
	case 1:
		out = append(out, "miles")
	default:
		out = append(out, "none")
	}
	return out
}

func classify(r rune) string {
	switch r {
	case 'a', 'e', 'i', 'o', 'u':
		return "vowel"
	case ' ', '\t':
		return "space"
	}
	if r >= '0' && r <= '9' {
		return "digit"
	}
	return "other"
}

func evalOrder(tag string) int {
	fmt.Print("eval ", tag, "; ")
	return len(tag)
}

func main() {
	for _, s := range []int{95, 85, 72, 10} {
		fmt.Print(grade(s), " ")
	}
	fmt.Println()
	for l := 0; l <= 4; l++ {
		fmt.Println(l, perks(l))
	}
	for _, r := range "a1 z" {
		fmt.Print(classify(r), ",")
	}
	fmt.Println()

	// fallthrough ignores the next case's condition
	x := 5
	switch {
	case x > 3:
		fmt.Println("x > 3")
		fallthrough
	case x > 100:
		fmt.Println("x > 100 (reached by fallthrough)")
	case x > 4:
		fmt.Println("never printed")
	}

	// case expressions evaluated top to bottom, left to right, until match
	switch 2 {
	case evalOrder("a"), evalOrder("bb"), evalOrder("ccc"):
		fmt.Println("matched")
	}

	// switch with init statement and no tag
	switch y := x * 2; {
	case y > 5:
		fmt.Println("y big", y)
	}

	// type switch with multiple types
	vals := []any{1, "s", 2.5, nil, []int{1}, 'r', true}
	for _, v := range vals {
		switch t := v.(type) {
		case int, float64:
			fmt.Printf("number %v; ", t)
		case string:
			fmt.Printf("string %q; ", t)
		case nil:
			fmt.Print("nil; ")
		case rune:
			fmt.Printf("rune %c; ", t)
		default:
			fmt.Printf("%T; ", t)
		}
	}
	fmt.Println()

	// default in the middle
	switch z := 7; z {
	default:
		fmt.Println("default")
	case 1:
		fmt.Println("one")
	case 7:
		fmt.Println("seven")
		fallthrough
	case 8:
		fmt.Println("eight via fallthrough")
	}
}
