// Exercises: regexp matching, submatches, named groups and replacement.
package main

import (
	"fmt"
	"regexp"
)

func main() {
	re := regexp.MustCompile(`(\w+)@(\w+)\.com`)
	text := "contact: ann@example.com, bob@test.com; bad@nowhere.org"
	fmt.Println(re.MatchString(text))
	fmt.Println(re.FindString(text))
	fmt.Println(re.FindAllString(text, -1))
	for _, m := range re.FindAllStringSubmatch(text, -1) {
		fmt.Println("user", m[1], "domain", m[2])
	}
	fmt.Println(re.ReplaceAllString(text, "$2:$1"))
	dates := regexp.MustCompile(`(?P<year>\d{4})-(?P<month>\d{2})`)
	m := dates.FindStringSubmatch("released 2024-06 and 2025-01")
	fmt.Println(m[dates.SubexpIndex("year")], m[dates.SubexpIndex("month")])
	fmt.Println(dates.FindAllStringIndex("2024-06 x 2025-01", -1))
	_, err := regexp.Compile(`a(b`)
	fmt.Println(err)
}
