// Exercises: regexp with named groups, SubexpNames, FindStringSubmatch, SubexpIndex, MatchString.
package main

import (
	"fmt"
	"regexp"
)

var logLine = regexp.MustCompile(`^(?P<date>\d{4}-\d{2}-\d{2}) (?P<level>[A-Z]+) (?P<msg>.*)$`)

func main() {
	lines := []string{
		"2024-03-01 INFO server started",
		"2024-03-01 WARN disk at 91%",
		"garbage line",
		"2024-03-02 ERROR connection refused",
	}
	for _, l := range lines {
		m := logLine.FindStringSubmatch(l)
		if m == nil {
			fmt.Printf("no match: %q\n", l)
			continue
		}
		fields := map[string]string{}
		for i, name := range logLine.SubexpNames() {
			if name != "" {
				fields[name] = m[i]
			}
		}
		fmt.Println(fields)
	}
	fmt.Println(logLine.SubexpIndex("level"), logLine.NumSubexp())
	fmt.Println(regexp.MustCompile(`^\w+@\w+\.com$`).MatchString("gopher@golang.com"))
}
