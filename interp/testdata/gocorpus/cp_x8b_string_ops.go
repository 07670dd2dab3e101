// Exercises: rune reversal, palindrome check ignoring case and punctuation, run-length encode/decode with strings.Builder and strconv, byte vs rune length
package main

import (
	"fmt"
	"strconv"
	"strings"
	"unicode"
)

const input = `A man, a plan, a canal: Panama
héllo wörld
aaabccddddde
racecar`

func reverse(s string) string {
	r := []rune(s)
	for i, j := 0, len(r)-1; i < j; i, j = i+1, j-1 {
		r[i], r[j] = r[j], r[i]
	}
	return string(r)
}

func isPal(s string) bool {
	var clean []rune
	for _, c := range s {
		if unicode.IsLetter(c) || unicode.IsDigit(c) {
			clean = append(clean, unicode.ToLower(c))
		}
	}
	return string(clean) == reverse(string(clean))
}

func rle(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); {
		j := i
		for j < len(s) && s[j] == s[i] {
			j++
		}
		b.WriteString(strconv.Itoa(j - i))
		b.WriteByte(s[i])
		i = j
	}
	return b.String()
}

func unrle(s string) string {
	var b strings.Builder
	n := 0
	for _, c := range s {
		if c >= '0' && c <= '9' {
			n = n*10 + int(c-'0')
			continue
		}
		b.WriteString(strings.Repeat(string(c), n))
		n = 0
	}
	return b.String()
}

func main() {
	for _, l := range strings.Split(input, "\n") {
		e := rle(l)
		fmt.Printf("%q pal=%v len=%d runes=%d rev=%q\n", l, isPal(l), len(l), len([]rune(l)), reverse(l))
		fmt.Println(" ", e, unrle(e) == l)
	}
	fmt.Println(strings.EqualFold("Go", "GO"))
}
