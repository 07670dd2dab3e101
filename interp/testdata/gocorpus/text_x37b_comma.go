// String manipulation exercises of section 3.5: comma, basename, anagrams
// and conversions with strconv and bytes.Buffer.
package main

import (
	"bytes"
	"fmt"
	"sort"
	"strconv"
	"strings"
)

// comma inserts commas in a non-negative decimal integer string.
func comma(s string) string {
	n := len(s)
	if n <= 3 {
		return s
	}
	return comma(s[:n-3]) + "," + s[n-3:]
}

// commaBuf handles signs and fractions, using a bytes.Buffer.
func commaBuf(s string) string {
	var buf bytes.Buffer
	if s != "" && (s[0] == '-' || s[0] == '+') {
		buf.WriteByte(s[0])
		s = s[1:]
	}
	intPart, frac, hasFrac := strings.Cut(s, ".")
	pre := len(intPart) % 3
	if pre == 0 {
		pre = 3
	}
	buf.WriteString(intPart[:pre])
	for i := pre; i < len(intPart); i += 3 {
		buf.WriteByte(',')
		buf.WriteString(intPart[i : i+3])
	}
	if hasFrac {
		buf.WriteByte('.')
		buf.WriteString(frac)
	}
	return buf.String()
}

func basename(s string) string {
	if slash := strings.LastIndex(s, "/"); slash >= 0 {
		s = s[slash+1:]
	}
	if dot := strings.LastIndex(s, "."); dot >= 0 {
		s = s[:dot]
	}
	return s
}

func intsToString(values []int) string {
	var buf bytes.Buffer
	buf.WriteByte('[')
	for i, v := range values {
		if i > 0 {
			buf.WriteString(", ")
		}
		fmt.Fprintf(&buf, "%d", v)
	}
	buf.WriteByte(']')
	return buf.String()
}

func sortedRunes(s string) string {
	r := []rune(strings.ToLower(strings.ReplaceAll(s, " ", "")))
	sort.Slice(r, func(i, j int) bool { return r[i] < r[j] })
	return string(r)
}

func isAnagram(a, b string) bool { return sortedRunes(a) == sortedRunes(b) }

func main() {
	for _, s := range []string{"1", "12", "123", "1234", "1234567", "12345678901"} {
		fmt.Printf("%s ", comma(s))
	}
	fmt.Println()
	for _, s := range []string{"-1234567.891", "+100", "999999", "0.5", "12345.0001"} {
		fmt.Printf("%s ", commaBuf(s))
	}
	fmt.Println()
	fmt.Println(basename("a/b/c.go"), basename("c.d.go"), basename("abc"), basename("/x/y.tar.gz"))
	fmt.Println(intsToString([]int{1, 2, 3}), intsToString(nil))
	fmt.Println(isAnagram("Dormitory", "dirty room"), isAnagram("listen", "silent"), isAnagram("go", "gone"))

	x := 123
	y := fmt.Sprintf("%d", x)
	fmt.Println(y, strconv.Itoa(x), strconv.FormatInt(int64(x), 2), strconv.FormatInt(-255, 16))
	fmt.Printf("%b %o %x %X %#x %08.3f %+d %q %U\n", x, x, x, 255, 255, 3.14159, x, 'ß', 'ß')
	n, err := strconv.ParseInt("123", 10, 64)
	fmt.Println(n, err)
	_, err = strconv.ParseInt("300", 10, 8)
	fmt.Println(err)
	b, _ := strconv.ParseBool("true")
	f, _ := strconv.ParseFloat("1e-3", 64)
	fmt.Println(b, f, strconv.Quote("tab\there"), strconv.AppendInt([]byte("n="), -42, 10))

	s := "hello, 世界"
	fmt.Println(len(s), strings.Count(s, "")-1, s[7:], []byte(s[:5]), []rune(s)[7:])
	fmt.Println(strings.Map(func(r rune) rune {
		if r == 'l' {
			return -1
		}
		return r + 1
	}, "hello"), strings.ToTitle("go"), strings.EqualFold("Go", "GO"))
}
