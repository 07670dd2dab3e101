package main

import (
	"bufio"
	"bytes"
	"fmt"
	"sort"
	"strconv"
	"strings"
	"unicode"
)

type Config map[string]map[string]string

func ParseINI(src string) (Config, []string) {
	cfg := Config{}
	var warnings []string
	section := ""
	sc := bufio.NewScanner(strings.NewReader(src))
	lineNo := 0
	for sc.Scan() {
		lineNo++
		line := strings.TrimSpace(sc.Text())
		switch {
		case line == "", line[0] == ';', line[0] == '#':
			continue
		case line[0] == '[' && line[len(line)-1] == ']':
			section = strings.ToLower(line[1 : len(line)-1])
			if _, ok := cfg[section]; !ok {
				cfg[section] = map[string]string{}
			}
		default:
			k, v, ok := strings.Cut(line, "=")
			if !ok {
				warnings = append(warnings, fmt.Sprintf("line %d: no '=' in %q", lineNo, line))
				continue
			}
			if cfg[section] == nil {
				cfg[section] = map[string]string{}
			}
			v = strings.TrimSpace(v)
			if uq, err := strconv.Unquote(v); err == nil {
				v = uq
			}
			cfg[section][strings.TrimSpace(k)] = v
		}
	}
	return cfg, warnings
}

func wordsSplit(data []byte, atEOF bool) (int, []byte, error) {
	start := 0
	for start < len(data) && !unicode.IsLetter(rune(data[start])) {
		start++
	}
	for i := start; i < len(data); i++ {
		if !unicode.IsLetter(rune(data[i])) {
			return i + 1, data[start:i], nil
		}
	}
	if atEOF && len(data) > start {
		return len(data), data[start:], nil
	}
	return start, nil, nil
}

func main() {
	src := `
; global settings
name = demo
[Server]
host = example.org
port=8080
motd = "hello\tworld"
garbage line
[client]
retries = 3
[server]
port = 9090
`
	cfg, warns := ParseINI(src)
	secs := make([]string, 0, len(cfg))
	for s := range cfg {
		secs = append(secs, s)
	}
	sort.Strings(secs)
	for _, s := range secs {
		fmt.Printf("[%s] %v\n", s, cfg[s])
	}
	fmt.Println(warns)
	port, err := strconv.Atoi(cfg["server"]["port"])
	fmt.Println(port+1, err, strconv.Quote(cfg["server"]["motd"]))

	sc := bufio.NewScanner(strings.NewReader("Hello, world! It's 2024... ok?"))
	sc.Split(wordsSplit)
	var words []string
	for sc.Scan() {
		words = append(words, sc.Text())
	}
	fmt.Println(words, len(words))
	var buf bytes.Buffer
	w := bufio.NewWriter(&buf)
	for i := 3; i > 0; i-- {
		fmt.Fprintf(w, "%d...", i)
	}
	fmt.Println(buf.Len())
	w.Flush()
	fmt.Println(buf.String())
	ws := bufio.NewScanner(strings.NewReader("one  two\tthree\nfour"))
	ws.Split(bufio.ScanWords)
	n := 0
	for ws.Scan() {
		n++
	}
	fmt.Println(n)
}
