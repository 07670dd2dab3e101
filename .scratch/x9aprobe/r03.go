// Exercises: regexp with interpreted closures, FindAllStringSubmatch, ReplaceAllStringFunc
package main

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
)

func main() {
	re := regexp.MustCompile(`(\w+)@(\w+)\.com`)
	text := "mail ann@example.com or bob@test.com, not carl@site.org"
	for _, m := range re.FindAllStringSubmatch(text, -1) {
		fmt.Println(m[1], "at", m[2])
	}
	nums := regexp.MustCompile(`\d+`)
	doubled := nums.ReplaceAllStringFunc("a1 b22 c333", func(s string) string {
		n, _ := strconv.Atoi(s)
		return strconv.Itoa(n * 2)
	})
	fmt.Println(doubled, nums.MatchString("abc"), re.NumSubexp())
	fmt.Printf("%q\n", regexp.MustCompile(`\s*,\s*`).Split("a , b,c ,  d", -1))
	fmt.Println(strings.NewReplacer("&", "&amp;", "<", "&lt;").Replace("a<b & c"))
}
