package main

import (
	"bytes"
	"fmt"
	"strconv"
	"strings"
	"unicode"
)

func caesar(s string, shift int) string {
	shift = (shift%26 + 26) % 26
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range s {
		switch {
		case r >= 'a' && r <= 'z':
			b.WriteRune('a' + (r-'a'+rune(shift))%26)
		case r >= 'A' && r <= 'Z':
			b.WriteRune('A' + (r-'A'+rune(shift))%26)
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

func rle(s string) string {
	var buf bytes.Buffer
	rs := []rune(s)
	for i := 0; i < len(rs); {
		j := i
		for j < len(rs) && rs[j] == rs[i] {
			j++
		}
		buf.WriteString(strconv.Itoa(j - i))
		buf.WriteRune(rs[i])
		i = j
	}
	return buf.String()
}

func unrle(s string) (string, error) {
	var out strings.Builder
	num := ""
	for _, r := range s {
		if unicode.IsDigit(r) {
			num += string(r)
			continue
		}
		n, err := strconv.Atoi(num)
		if err != nil {
			return "", fmt.Errorf("bad count before %q: %w", r, err)
		}
		out.WriteString(strings.Repeat(string(r), n))
		num = ""
	}
	return out.String(), nil
}

func isPalindrome(s string) bool {
	var clean []rune
	for _, r := range strings.ToLower(s) {
		if unicode.IsLetter(r) || unicode.IsNumber(r) {
			clean = append(clean, r)
		}
	}
	for i, j := 0, len(clean)-1; i < j; i, j = i+1, j-1 {
		if clean[i] != clean[j] {
			return false
		}
	}
	return true
}

func main() {
	msg := "Hello, World! Go-1.26"
	enc := caesar(msg, 3)
	fmt.Println(enc, caesar(enc, -3), caesar(msg, 29) == enc)
	for _, s := range []string{"aaabccdddd", "héééllo", ""} {
		e := rle(s)
		d, err := unrle(e)
		fmt.Printf("%q -> %q -> %q %v\n", s, e, d, err)
	}
	_, err := unrle("a3b")
	fmt.Println(err)
	for _, s := range []string{"A man, a plan, a canal: Panama", "race a car", "Was it a car or a cat I saw?"} {
		fmt.Println(isPalindrome(s))
	}
	fmt.Println(strconv.Quote("tab\there"), strconv.FormatInt(255, 2), strconv.FormatFloat(1.0/3, 'f', 4, 64))
	v, err := strconv.ParseBool("maybe")
	fmt.Println(v, err)
	fmt.Println(bytes.Equal([]byte("a"), []byte{'a'}), bytes.ToUpper([]byte("xyz")), string(bytes.TrimSpace([]byte("  q  "))))
}
