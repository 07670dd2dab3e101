package main

import (
	"bufio"
	"bytes"
	"fmt"
	"strings"
	"unicode"
)

func caesar(s string, shift int) string {
	shift = (shift%26 + 26) % 26
	return strings.Map(func(r rune) rune {
		switch {
		case r >= 'a' && r <= 'z':
			return 'a' + (r-'a'+rune(shift))%26
		case r >= 'A' && r <= 'Z':
			return 'A' + (r-'A'+rune(shift))%26
		}
		return r
	}, s)
}

func isPalindrome(s string) bool {
	var rs []rune
	for _, r := range strings.ToLower(s) {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			rs = append(rs, r)
		}
	}
	for i := 0; i < len(rs)/2; i++ {
		if rs[i] != rs[len(rs)-1-i] {
			return false
		}
	}
	return true
}

func wordFreq(text string) []string {
	sc := bufio.NewScanner(strings.NewReader(text))
	sc.Split(bufio.ScanWords)
	counts := map[string]int{}
	var order []string
	for sc.Scan() {
		w := strings.TrimFunc(strings.ToLower(sc.Text()), func(r rune) bool { return !unicode.IsLetter(r) })
		if w == "" {
			continue
		}
		if counts[w] == 0 {
			order = append(order, w)
		}
		counts[w]++
	}
	var out []string
	for _, w := range order {
		if counts[w] > 1 {
			out = append(out, fmt.Sprintf("%s:%d", w, counts[w]))
		}
	}
	return out
}

func main() {
	enc := caesar("Hello, World! xyz", 3)
	fmt.Println(enc, caesar(enc, -3), caesar("abc", 29))
	for _, s := range []string{"A man, a plan, a canal: Panama", "héh", "Go gopher", "été", ""} {
		fmt.Printf("%q %v\n", s, isPalindrome(s))
	}
	fmt.Println(wordFreq("The cat and the hat. The end, and THE END!"))

	var buf bytes.Buffer
	buf.WriteString("line one\nline two\n")
	buf.WriteByte('x')
	buf.WriteRune('✓')
	fmt.Fprintf(&buf, "\n%d", 3)
	line, err := buf.ReadString('\n')
	fmt.Printf("%q %v %d\n", line, err, buf.Len())
	rest := buf.String()
	fmt.Printf("%q\n", rest)

	sc := bufio.NewScanner(strings.NewReader("a\nbb\n\nccc"))
	n := 0
	for sc.Scan() {
		n++
		fmt.Printf("%d:%q ", n, sc.Text())
	}
	fmt.Println()

	rep := strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;")
	fmt.Println(rep.Replace("a<b && c>d"))
	fmt.Println(strings.TrimLeft("xxhixx", "x"), strings.TrimPrefix("xxhixx", "x"), strings.Trim("  hi  ", " "))
	before, after, found := strings.Cut("key=value=x", "=")
	fmt.Println(before, after, found)
	fmt.Println(strings.LastIndex("go gopher", "go"), strings.ContainsAny("hello", "xyz"), strings.ContainsRune("héllo", 'é'))
	fmt.Println(bytes.Equal([]byte("a"), []byte("a")), bytes.ToUpper([]byte("abc")), string(bytes.TrimSpace([]byte(" x "))))
	fmt.Println(strings.SplitN("a,b,c,d", ",", 2), strings.SplitAfter("a,b,c", ","))
	fmt.Println(unicode.IsUpper('É'), unicode.ToLower('É') == 'é', string(unicode.ToTitle('ß')))
}
