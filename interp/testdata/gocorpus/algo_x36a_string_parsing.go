package main

import (
	"errors"
	"fmt"
	"math"
	"strconv"
	"strings"
	"unicode"
)

func myAtoi(s string) int32 {
	s = strings.TrimLeft(s, " ")
	sign, i := 1, 0
	if i < len(s) && (s[i] == '+' || s[i] == '-') {
		if s[i] == '-' {
			sign = -1
		}
		i++
	}
	res := 0
	for ; i < len(s) && s[i] >= '0' && s[i] <= '9'; i++ {
		res = res*10 + int(s[i]-'0')
		if sign*res > math.MaxInt32 {
			return math.MaxInt32
		}
		if sign*res < math.MinInt32 {
			return math.MinInt32
		}
	}
	return int32(sign * res)
}

func isValid(s string) bool {
	pairs := map[rune]rune{')': '(', ']': '[', '}': '{'}
	var st []rune
	for _, c := range s {
		if open, ok := pairs[c]; ok {
			if len(st) == 0 || st[len(st)-1] != open {
				return false
			}
			st = st[:len(st)-1]
		} else {
			st = append(st, c)
		}
	}
	return len(st) == 0
}

func decodeString(s string) string {
	type frame struct {
		prev  strings.Builder
		times int
	}
	var stack []*frame
	cur := &strings.Builder{}
	k := 0
	for _, c := range s {
		switch {
		case unicode.IsDigit(c):
			k = k*10 + int(c-'0')
		case c == '[':
			f := &frame{times: k}
			f.prev.WriteString(cur.String())
			stack = append(stack, f)
			cur = &strings.Builder{}
			k = 0
		case c == ']':
			f := stack[len(stack)-1]
			stack = stack[:len(stack)-1]
			f.prev.WriteString(strings.Repeat(cur.String(), f.times))
			cur = &f.prev
		default:
			cur.WriteRune(c)
		}
	}
	return cur.String()
}

func compareVersion(v1, v2 string) int {
	a, b := strings.Split(v1, "."), strings.Split(v2, ".")
	for i := 0; i < max(len(a), len(b)); i++ {
		var x, y int
		if i < len(a) {
			x, _ = strconv.Atoi(a[i])
		}
		if i < len(b) {
			y, _ = strconv.Atoi(b[i])
		}
		if x != y {
			if x < y {
				return -1
			}
			return 1
		}
	}
	return 0
}

func main() {
	for _, s := range []string{"42", "   -42", "4193 with words", "words 987", "-91283472332", "+1", ""} {
		fmt.Printf("myAtoi(%q) = %d\n", s, myAtoi(s))
	}
	for _, s := range []string{"()", "()[]{}", "(]", "([)]", "{[]}", "["} {
		fmt.Print(isValid(s), " ")
	}
	fmt.Println()
	fmt.Println(decodeString("3[a]2[bc]"), decodeString("3[a2[c]]"), decodeString("2[abc]3[cd]ef"), decodeString("10[x]"))
	fmt.Println(compareVersion("1.01", "1.001"), compareVersion("1.0", "1.0.0"), compareVersion("0.1", "1.1"), compareVersion("1.0.1", "1"))
	_, err := strconv.Atoi("12a")
	var ne *strconv.NumError
	fmt.Println(errors.As(err, &ne), ne.Func, ne.Num, ne.Err)
	v, err := strconv.ParseInt("7fffffffffffffff", 16, 64)
	fmt.Println(v, err, strconv.Quote("tab\there"), strconv.FormatInt(-255, 2))
	_, err = strconv.ParseUint("300", 10, 8)
	fmt.Println(err)
}
