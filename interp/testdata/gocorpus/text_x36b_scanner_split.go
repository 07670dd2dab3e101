package main

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"
)

var errBadChar = errors.New("bad character")

// scanTokens is a bufio.SplitFunc that yields identifiers, numbers,
// quoted strings, comments are skipped, and one-char punctuation.
func scanTokens(data []byte, atEOF bool) (advance int, token []byte, err error) {
	start := 0
	for start < len(data) {
		r, w := utf8.DecodeRune(data[start:])
		if r == '#' {
			nl := bytes.IndexByte(data[start:], '\n')
			if nl < 0 {
				if !atEOF {
					return start, nil, nil
				}
				return len(data), nil, nil
			}
			start += nl + 1
			continue
		}
		if !unicode.IsSpace(r) {
			break
		}
		start += w
	}
	if start >= len(data) {
		return start, nil, nil
	}
	r, w := utf8.DecodeRune(data[start:])
	switch {
	case unicode.IsLetter(r) || unicode.IsDigit(r):
		for i := start; i < len(data); {
			r, w := utf8.DecodeRune(data[i:])
			if !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '_' {
				return i, data[start:i], nil
			}
			i += w
		}
	case r == '"':
		for i := start + 1; i < len(data); i++ {
			if data[i] == '"' {
				return i + 1, data[start : i+1], nil
			}
		}
		if atEOF {
			return 0, nil, fmt.Errorf("unterminated string %q", data[start:])
		}
	case strings.ContainsRune("=+-*/(){},;:", r):
		return start + w, data[start : start+w], nil
	default:
		return 0, nil, fmt.Errorf("%w %q", errBadChar, r)
	}
	if atEOF {
		return len(data), data[start:], nil
	}
	return start, nil, nil // request more data
}

func run(name, src string, bufSize int) {
	sc := bufio.NewScanner(strings.NewReader(src))
	sc.Buffer(make([]byte, bufSize), 64)
	sc.Split(scanTokens)
	var toks []string
	for sc.Scan() {
		toks = append(toks, sc.Text())
	}
	fmt.Printf("%s: %d tokens %q\n", name, len(toks), toks)
	if err := sc.Err(); err != nil {
		fmt.Printf("  error: %v (bad char: %v)\n", err, errors.Is(err, errBadChar))
	}
}

func main() {
	prog := `# config script
let total = price * 3 + tax;   # compute
print("total:", total)
naïve_var = 42
`
	run("small-buffer", prog, 4)
	run("big-buffer", prog, 64)
	run("bad", "a = b @ c", 16)
	run("unterminated", `say "hello`, 16)
	run("too-long", "x = "+strings.Repeat("z", 100), 8)

	words := bufio.NewScanner(strings.NewReader("one two\nthree  four\n\nfive"))
	words.Split(bufio.ScanWords)
	n := 0
	for words.Scan() {
		n++
	}
	lines := bufio.NewScanner(strings.NewReader("one two\nthree  four\n\nfive"))
	m := 0
	for lines.Scan() {
		m++
	}
	fmt.Println("words", n, "lines", m)
}
