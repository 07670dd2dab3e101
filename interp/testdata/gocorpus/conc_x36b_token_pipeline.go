package main

import (
	"fmt"
	"sort"
	"strings"
	"sync"
	"unicode"
)

type Token struct {
	Kind string
	Text string
}

type lineJob struct {
	no   int
	text string
}

type lineResult struct {
	no     int
	tokens []Token
	err    error
}

func classify(word string) Token {
	switch {
	case word == "":
		return Token{"empty", word}
	case strings.IndexFunc(word, func(r rune) bool { return !unicode.IsDigit(r) }) < 0:
		return Token{"number", word}
	case unicode.IsLetter(rune(word[0])):
		return Token{"word", word}
	default:
		return Token{"punct", word}
	}
}

func tokenizeLine(s string) ([]Token, error) {
	if strings.Count(s, "\"")%2 == 1 {
		return nil, fmt.Errorf("unbalanced quote")
	}
	fields := strings.FieldsFunc(s, func(r rune) bool { return unicode.IsSpace(r) || r == ',' })
	toks := make([]Token, 0, len(fields))
	for _, f := range fields {
		toks = append(toks, classify(f))
	}
	return toks, nil
}

func main() {
	source := `let x = 10, y = 20
print x + y
say "hello
loop 3 times { emit 42 }

end ; done`
	jobs := make(chan lineJob)
	results := make(chan lineResult)
	var wg sync.WaitGroup
	const workers = 3
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range jobs {
				toks, err := tokenizeLine(j.text)
				results <- lineResult{j.no, toks, err}
			}
		}()
	}
	go func() {
		for i, l := range strings.Split(source, "\n") {
			jobs <- lineJob{i + 1, l}
		}
		close(jobs)
	}()
	go func() {
		wg.Wait()
		close(results)
	}()

	var all []lineResult
	for r := range results {
		all = append(all, r)
	}
	sort.Slice(all, func(i, j int) bool { return all[i].no < all[j].no })

	counts := map[string]int{}
	var mu sync.Mutex
	var cwg sync.WaitGroup
	for _, r := range all {
		if r.err != nil {
			fmt.Printf("line %d: error: %v\n", r.no, r.err)
			continue
		}
		parts := make([]string, len(r.tokens))
		for i, t := range r.tokens {
			parts[i] = t.Kind[:1] + ":" + t.Text
		}
		fmt.Printf("line %d: %s\n", r.no, strings.Join(parts, " "))
		cwg.Add(1)
		go func(toks []Token) {
			defer cwg.Done()
			for _, t := range toks {
				mu.Lock()
				counts[t.Kind]++
				mu.Unlock()
			}
		}(r.tokens)
	}
	cwg.Wait()
	fmt.Println("counts:", counts)
	fmt.Printf("%v %+v\n", all[0].tokens[0], all[1].tokens[1])
}
