// Exercises: regular expressions - MatchString, MustCompile, Find/FindAll with submatches and indexes, named groups, Replace*, Split
package main

import (
	"fmt"
	"regexp"
	"strings"
)

func main() {
	ok, err := regexp.MatchString(`^[a-z]+\d*$`, "item42")
	fmt.Println(ok, err)

	logLine := regexp.MustCompile(`(\w+)=("[^"]*"|\S+)`)
	line := `level=warn msg="disk almost full" used=91% host=db1`
	fmt.Println(logLine.FindString(line))
	fmt.Println(logLine.FindStringIndex(line))
	for _, m := range logLine.FindAllStringSubmatch(line, -1) {
		fmt.Printf("%s -> %s\n", m[1], strings.Trim(m[2], `"`))
	}
	fmt.Println(logLine.FindAllStringSubmatchIndex(line, 2))
	fmt.Println(len(logLine.FindAllString(line, 3)), logLine.NumSubexp())
	fmt.Println(logLine.MatchString("no pairs here"), logLine.FindString("nothing"), logLine.FindStringSubmatch("x") == nil)

	semver := regexp.MustCompile(`v(?P<major>\d+)\.(?P<minor>\d+)(?:\.(?P<patch>\d+))?`)
	for _, s := range []string{"go v1.26.8", "tag v2.0", "none"} {
		m := semver.FindStringSubmatch(s)
		if m == nil {
			fmt.Println(s, "=> no version")
			continue
		}
		fmt.Printf("%s => major=%s minor=%s patch=%q\n", s, m[semver.SubexpIndex("major")], m[2], m[3])
	}
	fmt.Println(semver.SubexpNames(), semver)
	fmt.Println(semver.ReplaceAllString("v1.2.3 and v4.5", "[$major|${minor}]"))
	fmt.Println(semver.ReplaceAllLiteralString("v1.2", "$1"))

	vowels := regexp.MustCompile(`[aeiou]+`)
	fmt.Println(vowels.ReplaceAllStringFunc("beautiful queue", strings.ToUpper))
	fmt.Println(string(vowels.ReplaceAll([]byte("cooperate"), []byte("-"))))
	fmt.Printf("%q\n", regexp.MustCompile(`[,;]\s*`).Split("a, b;c ,d", -1))
	fmt.Printf("%q\n", vowels.Split("banana", 2))

	greedy := regexp.MustCompile(`<.+>`)
	lazy := regexp.MustCompile(`<.+?>`)
	fmt.Println(greedy.FindString("<a><b>"), lazy.FindString("<a><b>"))
	greedy.Longest()
	fmt.Println(regexp.MustCompile(`a|ab`).FindString("ab"), func() string {
		r := regexp.MustCompile(`a|ab`)
		r.Longest()
		return r.FindString("ab")
	}())

	_, err = regexp.Compile(`x{2,1}`)
	fmt.Println(err)
	fmt.Println(regexp.QuoteMeta("price: $5.00 (approx)"))
	fmt.Println(regexp.MustCompile(`(?m)^\s*#.*$`).ReplaceAllString("a\n  # note\nb", "<c>"))
}
