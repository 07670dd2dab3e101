package main

import (
	"fmt"
	"strconv"
	"strings"
	"unicode"
)

type Address struct {
	Number int
	Street string
	City   string
	State  string
	Zip    string
}

func (a Address) String() string {
	return fmt.Sprintf("%d %s, %s, %s %s", a.Number, a.Street, a.City, a.State, a.Zip)
}

type ParseError struct {
	Input string
	Part  string
}

func (e ParseError) Error() string { return fmt.Sprintf("parse %q: bad %s", e.Input, e.Part) }

func titleWords(s string) string {
	words := strings.Fields(s)
	for i, w := range words {
		rs := []rune(strings.ToLower(w))
		rs[0] = unicode.ToUpper(rs[0])
		words[i] = string(rs)
	}
	return strings.Join(words, " ")
}

func Parse(s string) (Address, error) {
	parts := strings.Split(s, ",")
	if len(parts) != 3 {
		return Address{}, ParseError{s, "sections"}
	}
	for i := range parts {
		parts[i] = strings.TrimSpace(parts[i])
	}
	num, street, ok := strings.Cut(parts[0], " ")
	if !ok {
		return Address{}, ParseError{s, "street"}
	}
	n, err := strconv.Atoi(num)
	if err != nil {
		return Address{}, fmt.Errorf("%w (%v)", ParseError{s, "number"}, err)
	}
	st, zip, _ := strings.Cut(parts[2], " ")
	if len(st) != 2 || len(zip) != 5 || strings.IndexFunc(zip, func(r rune) bool { return !unicode.IsDigit(r) }) >= 0 {
		return Address{}, ParseError{s, "state/zip"}
	}
	return Address{n, titleWords(street), titleWords(parts[1]), strings.ToUpper(st), zip}, nil
}

func main() {
	in := []string{
		"12 main st, springfield, il 62701",
		"7  ELM   avenue ,  SALEM , or 97301",
		"x9 Oak Rd, Town, TX 75001",
		"100 Pine, Nowhere",
		"5 Bay St, Miami, Florida 33101",
		"42 élan way, montréal, qc 12345",
	}
	for _, s := range in {
		a, err := Parse(s)
		if err != nil {
			var pe ParseError
			fmt.Println("ERR", err, fmt.Sprintf("%T", err))
			_ = pe
			continue
		}
		fmt.Println(a)
		fmt.Printf("%#v\n", a)
	}
	fmt.Println(strings.Map(func(r rune) rune {
		if unicode.IsSpace(r) {
			return '_'
		}
		return unicode.ToUpper(r)
	}, "a b\tc"))
}
