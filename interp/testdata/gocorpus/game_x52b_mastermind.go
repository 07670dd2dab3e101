package main

import (
	"fmt"
	"strings"
)

type Code [4]byte

type Feedback struct{ Black, White int }

func (f Feedback) String() string {
	return strings.Repeat("B", f.Black) + strings.Repeat("W", f.White) + strings.Repeat("-", 4-f.Black-f.White)
}

func Score(secret, guess Code) Feedback {
	var f Feedback
	var sc, gc [6]int
	for i := range secret {
		if secret[i] == guess[i] {
			f.Black++
		} else {
			sc[secret[i]-'A']++
			gc[guess[i]-'A']++
		}
	}
	for i := range sc {
		f.White += min(sc[i], gc[i])
	}
	return f
}

func allCodes() []Code {
	var out []Code
	for a := byte('A'); a <= 'F'; a++ {
		for b := byte('A'); b <= 'F'; b++ {
			for c := byte('A'); c <= 'F'; c++ {
				for d := byte('A'); d <= 'F'; d++ {
					out = append(out, Code{a, b, c, d})
				}
			}
		}
	}
	return out
}

func main() {
	secrets := []string{"CAFE", "BBAD", "FACE"}
	for _, s := range secrets {
		var secret Code
		copy(secret[:], s)
		cands := allCodes()
		guess := Code{'A', 'A', 'B', 'B'}
		fmt.Println("secret", s)
		for turn := 1; turn <= 10; turn++ {
			fb := Score(secret, guess)
			fmt.Printf("  %d: %s %v (%d candidates)\n", turn, guess[:], fb, len(cands))
			if fb.Black == 4 {
				break
			}
			next := cands[:0]
			for _, c := range cands {
				if Score(c, guess) == fb {
					next = append(next, c)
				}
			}
			cands = next
			guess = cands[0]
		}
	}
}
