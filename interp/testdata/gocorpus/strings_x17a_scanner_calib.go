package main

import (
	"bufio"
	"fmt"
	"strings"
	"unicode"
)

const doc = `two1nine
eightwothree
abcone2threexyz
xtwone3four
4nineeightseven2
zoneight234
7pqrstsixteen
treb7uchet`

var words = []string{"one", "two", "three", "four", "five", "six", "seven", "eight", "nine"}

func digits(line string, spelled bool) []int {
	var ds []int
	for i := range line {
		if unicode.IsDigit(rune(line[i])) {
			ds = append(ds, int(line[i]-'0'))
			continue
		}
		if !spelled {
			continue
		}
		for w, word := range words {
			if strings.HasPrefix(line[i:], word) {
				ds = append(ds, w+1)
				break
			}
		}
	}
	return ds
}

func main() {
	sc := bufio.NewScanner(strings.NewReader(doc))
	sums := [2]int{}
	n := 0
	for sc.Scan() {
		line := sc.Text()
		n++
		for part, sp := range []bool{false, true} {
			ds := digits(line, sp)
			if len(ds) == 0 {
				continue
			}
			v := ds[0]*10 + ds[len(ds)-1]
			sums[part] += v
			if sp {
				fmt.Printf("%-18s %v -> %d\n", line, ds, v)
			}
		}
	}
	if err := sc.Err(); err != nil {
		panic(err)
	}
	fmt.Println(n, "lines", sums)
	ws := bufio.NewScanner(strings.NewReader("the  cat\tsat\non the mat"))
	ws.Split(bufio.ScanWords)
	var toks []string
	for ws.Scan() {
		toks = append(toks, ws.Text())
	}
	fmt.Printf("%d %q\n", len(toks), toks)
	rs := bufio.NewScanner(strings.NewReader("héllo"))
	rs.Split(bufio.ScanRunes)
	for rs.Scan() {
		fmt.Print("[", rs.Text(), "]")
	}
	fmt.Println()
	r := strings.NewReplacer("one", "1", "two", "2", "three", "3")
	fmt.Println(r.Replace("eightwothree twone"))
	br := bufio.NewReader(strings.NewReader("a,b;c,d;"))
	for {
		s, err := br.ReadString(';')
		if err != nil {
			break
		}
		fmt.Printf("%q ", strings.Split(strings.TrimSuffix(s, ";"), ","))
	}
	fmt.Println()
}
