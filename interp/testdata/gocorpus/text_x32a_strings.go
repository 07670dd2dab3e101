package main

import (
	"fmt"
	"strconv"
	"strings"
	"unicode"
)

func wordFreq(text string) map[string]int {
	freq := map[string]int{}
	words := strings.FieldsFunc(strings.ToLower(text), func(r rune) bool {
		return !unicode.IsLetter(r) && r != '\''
	})
	for _, w := range words {
		freq[w]++
	}
	return freq
}

func reverse(s string) string {
	r := []rune(s)
	for i, j := 0, len(r)-1; i < j; i, j = i+1, j-1 {
		r[i], r[j] = r[j], r[i]
	}
	return string(r)
}

func main() {
	p := fmt.Println
	p("Contains:  ", strings.Contains("test", "es"))
	p("Count:     ", strings.Count("cheese", "e"))
	p("HasPrefix: ", strings.HasPrefix("golang", "go"))
	p("HasSuffix: ", strings.HasSuffix("golang", "ng"))
	p("Index:     ", strings.Index("chicken", "ken"))
	p("Join:      ", strings.Join([]string{"a", "b", "c"}, "-"))
	p("Repeat:    ", strings.Repeat("ab", 3))
	p("Replace:   ", strings.Replace("foo", "o", "0", -1))
	p("Replace 1: ", strings.Replace("foo", "o", "0", 1))
	p("Split:     ", strings.Split("a,b,,c", ","))
	p("ToUpper:   ", strings.ToUpper("hello"))
	p("Title-ish: ", strings.ToUpper("hello"[:1])+"hello"[1:])
	p("Trim:      ", strings.Trim("  !hi!  ", " !"))
	p("TrimLeft:  ", strings.TrimLeft("xxhixx", "x"))
	p("Fields:    ", strings.Fields("  a  b\tc\n"))
	p("EqualFold: ", strings.EqualFold("Go", "GO"))
	before, after, found := strings.Cut("key=value=more", "=")
	p("Cut:       ", before, after, found)

	var sb strings.Builder
	for i := 3; i > 0; i-- {
		fmt.Fprintf(&sb, "%d...", i)
	}
	sb.WriteString("go!")
	p(sb.String(), sb.Len())

	s := "héllo, 世界"
	p("bytes:", len(s), "runes:", len([]rune(s)))
	for i, r := range "aé世" {
		fmt.Printf("%d:%c(%d) ", i, r, r)
	}
	p()
	p("reverse:", reverse(s))

	r := strings.NewReplacer("<", "&lt;", ">", "&gt;")
	p(r.Replace("<b>bold</b>"))

	// strconv
	n, err := strconv.Atoi("123")
	p(n+1, err)
	_, err = strconv.Atoi("12a")
	p(err)
	f, _ := strconv.ParseFloat("3.25", 64)
	p(f * 2)
	b, _ := strconv.ParseBool("true")
	p(b)
	i64, _ := strconv.ParseInt("-ff", 16, 64)
	p(i64)
	u, err := strconv.ParseUint("300", 10, 8)
	p(u, err)
	p(strconv.Itoa(99)+"!", strconv.FormatInt(255, 2), strconv.Quote("tab\there"))
	p(strconv.FormatFloat(1.0/3, 'f', 4, 64), string(strconv.AppendInt([]byte("n="), 42, 10)))
	uq, _ := strconv.Unquote(`"a\nb"`)
	fmt.Printf("%q\n", uq)

	freq := wordFreq("The cat and the hat. The cat's hat!")
	p(freq)
	p(strings.Map(func(r rune) rune {
		if unicode.IsDigit(r) {
			return -1
		}
		return unicode.ToUpper(r)
	}, "a1b2c3"))
}
