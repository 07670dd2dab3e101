package main

import (
	"fmt"
	"regexp"
	"sort"
	"strconv"
	"strings"
)

var logLine = regexp.MustCompile(`^(?P<ip>\d+\.\d+\.\d+\.\d+) \[(?P<ts>[^\]]+)\] "(?P<method>[A-Z]+) (?P<path>\S+)" (?P<status>\d{3}) (?P<bytes>\d+|-)$`)

const logs = `10.0.0.1 [01/Mar/2024:10:00:00] "GET /index.html" 200 512
10.0.0.2 [01/Mar/2024:10:00:01] "POST /api/login" 401 -
bad line here
10.0.0.1 [01/Mar/2024:10:00:05] "GET /img/logo.png" 200 2048
10.0.0.3 [01/Mar/2024:10:01:00] "GET /missing" 404 128
10.0.0.2 [01/Mar/2024:10:02:00] "POST /api/login" 200 64`

type entry struct {
	ip, method, path string
	status, bytes    int
}

func main() {
	var entries []entry
	for _, line := range strings.Split(logs, "\n") {
		m := logLine.FindStringSubmatch(line)
		if m == nil {
			fmt.Printf("skip: %q\n", line)
			continue
		}
		get := func(name string) string { return m[logLine.SubexpIndex(name)] }
		st, _ := strconv.Atoi(get("status"))
		b, _ := strconv.Atoi(get("bytes"))
		entries = append(entries, entry{get("ip"), get("method"), get("path"), st, b})
	}
	byIP := map[string]int{}
	for _, e := range entries {
		byIP[e.ip] += e.bytes
	}
	ips := make([]string, 0)
	for ip := range byIP {
		ips = append(ips, ip)
	}
	sort.Strings(ips)
	for _, ip := range ips {
		fmt.Printf("%s sent %d bytes\n", ip, byIP[ip])
	}
	fmt.Println(logLine.SubexpNames()[1:])
	fmt.Printf("%+v\n", entries[1])

	email := regexp.MustCompile(`(?i)([a-z0-9._]+)@([a-z0-9.]+\.[a-z]{2,})`)
	text := "Contact Alice@Example.com or bob.smith@mail.example.org; not me@x"
	fmt.Println(email.FindAllString(text, -1))
	fmt.Println(email.ReplaceAllString(text, "<$1 at $2>"))
	for _, idx := range email.FindAllStringSubmatchIndex(text, -1) {
		fmt.Println(idx, text[idx[2]:idx[3]])
	}

	digits := regexp.MustCompile(`\d+`)
	doubled := digits.ReplaceAllStringFunc("a1 b22 c333", func(s string) string {
		n, _ := strconv.Atoi(s)
		return strconv.Itoa(n * 2)
	})
	fmt.Println(doubled)
	fmt.Printf("%q\n", regexp.MustCompile(`\s*[,;]\s*`).Split("a , b;c ;  d", -1))
	fmt.Println(regexp.QuoteMeta("1+1=2? [yes]"))
	_, err := regexp.Compile(`a(b`)
	fmt.Println("compile error:", err)
	re := regexp.MustCompile(`(\w+)=(\w+)`)
	tmpl := []byte{}
	for _, sm := range re.FindAllSubmatchIndex([]byte("x=1 y=2"), -1) {
		tmpl = re.Expand(tmpl, []byte("$2<-$1;"), []byte("x=1 y=2"), sm)
	}
	fmt.Println(string(tmpl), re.NumSubexp(), re.String(), re.MatchString("novalue"))
	fmt.Println(regexp.MustCompile(`a+?`).FindString("aaa"), regexp.MustCompile(`^[\p{Greek}]+$`).MatchString("αβγ"))
}
