package main

import (
	"bufio"
	"fmt"
	"strings"
	"unicode"
)

const db = `1-3 a: abcde
1-3 b: cdefg
2-9 c: ccccccccc
3-4 z: zzazzq
5-6 m: mmmmmm
1-1 x: y`

type Policy struct {
	Lo, Hi int
	Ch     byte
}

func (p Policy) ValidCount(pw string) bool {
	n := strings.Count(pw, string(p.Ch))
	return n >= p.Lo && n <= p.Hi
}

func (p Policy) ValidPos(pw string) bool {
	at := func(i int) bool { return i-1 < len(pw) && pw[i-1] == p.Ch }
	return at(p.Lo) != at(p.Hi)
}

func strong(pw string) (ok bool, why []string) {
	var up, low, dig bool
	for _, r := range pw {
		switch {
		case unicode.IsUpper(r):
			up = true
		case unicode.IsLower(r):
			low = true
		case unicode.IsDigit(r):
			dig = true
		}
	}
	if len(pw) < 8 {
		why = append(why, "short")
	}
	for name, has := range map[string]bool{"upper": up, "lower": low, "digit": dig} {
		if !has {
			why = append(why, "no "+name)
		}
	}
	if len(why) > 1 {
		// sort for determinism
		for i := 1; i < len(why); i++ {
			for j := i; j > 0 && why[j] < why[j-1]; j-- {
				why[j], why[j-1] = why[j-1], why[j]
			}
		}
	}
	return len(why) == 0, why
}

func main() {
	sc := bufio.NewScanner(strings.NewReader(db))
	c1, c2 := 0, 0
	for sc.Scan() {
		var p Policy
		var pw string
		n, err := fmt.Sscanf(sc.Text(), "%d-%d %c: %s", &p.Lo, &p.Hi, &p.Ch, &pw)
		if err != nil {
			fmt.Println("scan error after", n, err)
			continue
		}
		a, b := p.ValidCount(pw), p.ValidPos(pw)
		fmt.Printf("%+v %-10q count=%-5t pos=%t\n", p, pw, a, b)
		if a {
			c1++
		}
		if b {
			c2++
		}
	}
	fmt.Println(c1, c2)
	for _, pw := range []string{"hunter2", "Tr0ub4dor&3", "correcthorsebattery", "ÄBCDéfgh1"} {
		ok, why := strong(pw)
		fmt.Println(pw, ok, why, len(pw), len([]rune(pw)))
	}
	words := bufio.NewScanner(strings.NewReader("  the quick\tbrown\n\nfox  "))
	words.Split(bufio.ScanWords)
	var ws []string
	for words.Scan() {
		ws = append(ws, strings.ToTitle(words.Text()[:1])+words.Text()[1:])
	}
	fmt.Printf("%q\n", ws)
	fmt.Println(strings.Map(func(r rune) rune {
		if unicode.IsSpace(r) {
			return -1
		}
		return unicode.SimpleFold(r)
	}, "Hello World Go"))
}
