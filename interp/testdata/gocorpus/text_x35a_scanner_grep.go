package main

import (
	"bufio"
	"fmt"
	"regexp"
	"strings"
)

const logText = `2024-01-03 INFO  server started on :8080
2024-01-03 WARN  disk usage 91%
2024-01-04 ERROR failed to connect to db: timeout
2024-01-04 INFO  user alice logged in
2024-01-05 ERROR failed to write file /tmp/x: permission denied
2024-01-05 INFO  user bob logged in
2024-01-05 DEBUG cache hit ratio 0.93`

var lineRe = regexp.MustCompile(`^(\d{4}-\d{2}-\d{2}) (\w+)\s+(.*)$`)
var userRe = regexp.MustCompile(`user (\w+) logged in`)

func main() {
	sc := bufio.NewScanner(strings.NewReader(logText))
	levels := map[string]int{}
	var errorsByDay = map[string][]string{}
	var users []string
	lineNo := 0
	for sc.Scan() {
		lineNo++
		m := lineRe.FindStringSubmatch(sc.Text())
		if m == nil {
			fmt.Println("unparsed line", lineNo)
			continue
		}
		date, level, msg := m[1], m[2], m[3]
		levels[level]++
		if level == "ERROR" {
			errorsByDay[date] = append(errorsByDay[date], msg)
		}
		if um := userRe.FindStringSubmatch(msg); um != nil {
			users = append(users, um[1])
		}
	}
	fmt.Println(levels)
	fmt.Println(errorsByDay)
	fmt.Println("users:", users)

	words := bufio.NewScanner(strings.NewReader("one two  three\nfour"))
	words.Split(bufio.ScanWords)
	n := 0
	for words.Scan() {
		n++
		fmt.Print(strings.ToUpper(words.Text()[:1]), words.Text()[1:], " ")
	}
	fmt.Println(n)

	nums := regexp.MustCompile(`\d+(\.\d+)?`).FindAllString(logText, -1)
	fmt.Println(len(nums), nums[:6])
	masked := regexp.MustCompile(`user (\w+)`).ReplaceAllString(logText, "user <$1-hidden>")
	fmt.Println(strings.Split(masked, "\n")[3])
	r := strings.NewReplacer("INFO", "i", "ERROR", "E", "WARN", "w")
	fmt.Println(r.Replace("INFO ERROR WARN DEBUG"))
	fmt.Printf("%q\n", regexp.MustCompile(`[,;]\s*`).Split("a, b;c ,d", -1))
}
