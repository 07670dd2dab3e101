package main

import (
	"fmt"
	"regexp"
	"strings"
)

func main() {
	text := "Contact john.doe@example.com or JANE@Example.org. Call 555-123-4567 or (555) 987-6543 by 2024-12-31."

	emailRe := regexp.MustCompile(`(?i)([a-z0-9._%+-]+)@([a-z0-9.-]+\.[a-z]{2,})`)
	redacted := emailRe.ReplaceAllStringFunc(text, func(m string) string {
		parts := emailRe.FindStringSubmatch(m)
		user := parts[1]
		return user[:1] + strings.Repeat("*", len(user)-1) + "@" + strings.ToLower(parts[2])
	})
	fmt.Println(redacted)

	phoneRe := regexp.MustCompile(`\(?(\d{3})\)?[ -]?(\d{3})-(\d{4})`)
	fmt.Println(phoneRe.ReplaceAllString(text, "[$1.$2.$3]"))
	fmt.Println(phoneRe.ReplaceAllLiteralString(text, "[$1]"))

	dateRe := regexp.MustCompile(`(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})`)
	fmt.Println(dateRe.ReplaceAllString(text, "${d}/${m}/${y}"))
	tmpl := []byte{}
	for _, sm := range dateRe.FindAllStringSubmatchIndex(text, -1) {
		tmpl = dateRe.ExpandString(tmpl, "day=$d month=$m year=$y", text, sm)
	}
	fmt.Println(string(tmpl))

	snake := regexp.MustCompile(`([a-z0-9])([A-Z])`)
	for _, id := range []string{"userID", "HTTPServerError", "parseJSONInput", "simple"} {
		fmt.Printf("%-16s -> %s\n", id, strings.ToLower(snake.ReplaceAllString(id, "${1}_$2")))
	}

	spaces := regexp.MustCompile(`\s+`)
	fmt.Printf("%q\n", spaces.ReplaceAllString("  too   many\t\tspaces \n here ", " "))
	fmt.Printf("%q\n", spaces.Split("a  b\tc\nd", -1))

	r := strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;", `"`, "&quot;")
	fmt.Println(r.Replace(`<a href="x">Tom & Jerry</a>`))
	fmt.Println(regexp.QuoteMeta("1+1=2? [yes]"))
	_, err := regexp.Compile(`a(b`)
	fmt.Println(err)
	defer func() {
		fmt.Println("recovered:", recover())
	}()
	regexp.MustCompile(`*x`)
}
