// Exercises: strings package functions, bytes.Buffer, comma insertion recursive and with buffer, basename, isPalindrome-like checks
package main

import (
	"bytes"
	"fmt"
	"strings"
)

func comma(s string) string {
	n := len(s)
	if n <= 3 {
		return s
	}
	return comma(s[:n-3]) + "," + s[n-3:]
}

func basename(s string) string {
	if i := strings.LastIndex(s, "/"); i >= 0 {
		s = s[i+1:]
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

func main() {
	fmt.Println(comma("1234567890"), comma("12"), comma("1234"))
	fmt.Println(basename("a/b/c.go"), basename("c.d.go"), basename("abc"))
	fmt.Println(intsToString([]int{1, 2, 3}))
	s := "  The quick brown fox  "
	fmt.Printf("%q\n", strings.Fields(s))
	fmt.Println(strings.ToUpper(strings.TrimSpace(s)), strings.Count(s, "o"))
	fmt.Println(strings.Split("a,b,,c", ","), len(strings.Split("a,b,,c", ",")))
	fmt.Println(strings.Repeat("ab", 3), strings.HasPrefix(s, "  T"), strings.Index(s, "fox"))
	var sb strings.Builder
	for i := 3; i > 0; i-- {
		fmt.Fprintf(&sb, "%d...", i)
	}
	sb.WriteString("go")
	fmt.Println(sb.String(), sb.Len())
	fmt.Println(strings.Map(func(r rune) rune {
		if r == 'o' {
			return -1
		}
		return r + 1
	}, "hello world"))
	fmt.Println(strings.EqualFold("Go", "GO"), strings.ToTitle("x") == "X", strings.Join([]string{"x", "y"}, "-"))
}
