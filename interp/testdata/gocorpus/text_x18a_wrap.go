package main

import (
	"bufio"
	"fmt"
	"strings"
	"unicode/utf8"
)

func wrap(text string, width int) []string {
	var lines []string
	var cur strings.Builder
	for _, w := range strings.Fields(text) {
		if cur.Len() > 0 && utf8.RuneCountInString(cur.String())+1+utf8.RuneCountInString(w) > width {
			lines = append(lines, cur.String())
			cur.Reset()
		}
		if cur.Len() > 0 {
			cur.WriteByte(' ')
		}
		cur.WriteString(w)
	}
	if cur.Len() > 0 {
		lines = append(lines, cur.String())
	}
	return lines
}

func justify(line string, width int) string {
	words := strings.Fields(line)
	if len(words) < 2 {
		return line
	}
	total := 0
	for _, w := range words {
		total += utf8.RuneCountInString(w)
	}
	gaps := len(words) - 1
	spaces := width - total
	var sb strings.Builder
	for i, w := range words {
		sb.WriteString(w)
		if i < gaps {
			n := spaces / gaps
			if i < spaces%gaps {
				n++
			}
			sb.WriteString(strings.Repeat(" ", n))
		}
	}
	return sb.String()
}

const para = `Go is an open source programming language that makes it simple to build
secure, scalable systems. Café naïve résumé — unicode words count as one rune each.`

func main() {
	lines := wrap(para, 28)
	for i, l := range lines {
		if i < len(lines)-1 {
			l = justify(l, 28)
		}
		fmt.Printf("|%-28s|\n", l)
	}
	sc := bufio.NewScanner(strings.NewReader(para))
	sc.Split(bufio.ScanWords)
	n, longest := 0, ""
	for sc.Scan() {
		n++
		if utf8.RuneCountInString(sc.Text()) > utf8.RuneCountInString(longest) {
			longest = sc.Text()
		}
	}
	fmt.Println(n, longest)
	fmt.Println(len("résumé"), utf8.RuneCountInString("résumé"), []byte("é"), []rune("é"))
	for i, r := range "aé—" {
		fmt.Print(i, ":", string(r), " ")
	}
	fmt.Println()
	w := bufio.NewWriter(&strings.Builder{})
	fmt.Fprintf(w, "%5.1f|%-5d|%05d|%x|%X|%o|%b|%e", 3.14159, 42, 42, 255, "hi", 8, 5, 12345.678)
	fmt.Println(w.Buffered())
	fmt.Printf("%5.1f|%-5d|%05d|%x|%X|%o|%b|%e\n", 3.14159, 42, 42, 255, "hi", 8, 5, 12345.678)
	fmt.Printf("%8.3s|%-8s|%q|%v|%c|%U\n", "abcdef", "go", 'x', 'x', 0x4E16, 0x4E16)
}
