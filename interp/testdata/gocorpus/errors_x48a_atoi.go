package main

import (
	"errors"
	"fmt"
	"strconv"
)

var ErrNegative = errors.New("negative value")

func parseAge(s string) (int, error) {
	n, err := strconv.Atoi(s)
	if err != nil {
		return 0, fmt.Errorf("parseAge(%q): %w", s, err)
	}
	if n < 0 {
		return 0, fmt.Errorf("parseAge(%q): %w", s, ErrNegative)
	}
	return n, nil
}

func main() {
	inputs := []string{"42", "-7", "abc", "", "3.5", "99999999999999999999", " 12", "007"}
	sum := 0
	for _, in := range inputs {
		age, err := parseAge(in)
		if err != nil {
			var numErr *strconv.NumError
			switch {
			case errors.Is(err, ErrNegative):
				fmt.Println("negative:", err)
			case errors.As(err, &numErr):
				fmt.Printf("bad number: func=%s num=%q err=%v\n", numErr.Func, numErr.Num, numErr.Err)
				if errors.Is(err, strconv.ErrRange) {
					fmt.Println("  (out of range)")
				}
			default:
				fmt.Println("other:", err)
			}
			continue
		}
		sum += age
		fmt.Printf("ok: %d\n", age)
	}
	fmt.Println("sum:", sum)

	f, err := strconv.ParseFloat("3.14159", 64)
	fmt.Println(f, err)
	b, err := strconv.ParseBool("maybe")
	fmt.Println(b, err)
	fmt.Println(strconv.Quote("tab\there"), strconv.FormatInt(255, 2))
}
