package kernel

import (
	"fmt"
	"math/rand"
	"regexp"
	"strings"
	"testing"
)

func TestGlobMatch(t *testing.T) {
	tests := []struct {
		pattern, text string
		want          bool
	}{
		{"*", "", true},
		{"*", "x := 1\ny := \"a/b\"", true},
		{"*/*", "a/b", true},
		{"*fmt*", "import \"fmt\"\nfmt.Println(1)", true},
		{"*fmt*", "println(1)", false},
		{"fmt*", "fmt.Println", true},
		{"fmt*", " fmt.Println", false},
		{"*Println", "fmt.Println", true},
		{"*Println", "fmt.Println()", false},
		{"a?c", "abc", true},
		{"a?c", "ac", false},
		{"a?c", "aéc", true},
		{"[ab]x", "bx", true},
		{"[ab]x", "cx", false},
		{"[^ab]x", "cx", true},
		{"[^ab]x", "ax", false},
		{"[a-c]*", "b", true},
		{"[]]", "]", true},
		{"[*]", "*", true},
		{"[*]", "a", false},
		{"[x", "[x", true},
		{"ab*ba", "aba", false},
		{"ab*ba", "abba", true},
		{"*a*b*c*", "xxaxxbxxcxx", true},
		{"*a*b*c*", "xxcxxbxxaxx", false},
		{"Abc", "abc", false},
		{"x", "x\n", false},
		{"*\n*", "a\nb", true},
	}
	for _, tt := range tests {
		t.Run(fmt.Sprintf("%q~%q", tt.pattern, tt.text), func(t *testing.T) {
			if got := compileGlob(tt.pattern).match(tt.text); got != tt.want {
				t.Errorf("got %v, want %v", got, tt.want)
			}
		})
	}
}

// globRegexp is the oracle: the same pattern as a regular expression.
func globRegexp(pattern string) *regexp.Regexp {
	var b strings.Builder
	b.WriteString(`(?s)\A`)
	for _, r := range pattern {
		switch r {
		case '*':
			b.WriteString(".*")
		case '?':
			b.WriteString(".")
		default:
			b.WriteString(regexp.QuoteMeta(string(r)))
		}
	}
	b.WriteString(`\z`)
	return regexp.MustCompile(b.String())
}

// TestGlobAgainstRegexp compares the matcher with regexp on random
// patterns of stars, question marks and letters over random texts: the
// leftmost placement of segments must never miss a match.
func TestGlobAgainstRegexp(t *testing.T) {
	rng := rand.New(rand.NewSource(1))
	pick := func(alphabet string, n int) string {
		b := make([]byte, n)
		for i := range b {
			b[i] = alphabet[rng.Intn(len(alphabet))]
		}
		return string(b)
	}
	for i := 0; i < 20000; i++ {
		pattern := pick("ab*?/", rng.Intn(7))
		text := pick("ab/", rng.Intn(9))
		got := compileGlob(pattern).match(text)
		want := globRegexp(pattern).MatchString(text)
		if got != want {
			t.Fatalf("%q against %q: got %v, want %v", pattern, text, got, want)
		}
	}
}

func TestHistorySearch(t *testing.T) {
	var h history
	for i, in := range []string{"x := 1", "fmt.Println(x)", "y := \"a/b\"", "fmt.Println(x)", "x + 1"} {
		h.add(i+1, in, "")
	}
	lines := func(r historyRequest) []int {
		var out []int
		for _, e := range h.search(r) {
			out = append(out, e.line)
		}
		return out
	}
	tests := []struct {
		name string
		req  historyRequest
		want []int
	}{
		{"all", historyRequest{Pattern: "*"}, []int{1, 2, 3, 4, 5}},
		{"empty pattern is all", historyRequest{}, []int{1, 2, 3, 4, 5}},
		{"star crosses a slash", historyRequest{Pattern: "*/*"}, []int{3}},
		{"newest n, oldest first", historyRequest{Pattern: "x*", N: 2}, []int{1, 5}},
		{"unique keeps the newest", historyRequest{Pattern: "fmt*", Unique: true}, []int{4}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := lines(tt.req); fmt.Sprint(got) != fmt.Sprint(tt.want) {
				t.Errorf("got %v, want %v", got, tt.want)
			}
		})
	}
}

// benchmarkHistorySearch searches a history of n cells for "*": the
// time per cell must stay the same as n grows (it was quadratic).
func benchmarkHistorySearch(b *testing.B, n int) {
	var h history
	for i := 0; i < n; i++ {
		h.add(i+1, fmt.Sprintf("x%d := %d\nfmt.Println(\"a/b\", x%d)", i, i, i), "")
	}
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if got := len(h.search(historyRequest{Pattern: "*"})); got != n {
			b.Fatalf("got %d entries, want %d", got, n)
		}
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(n), "ns/cell")
}

func BenchmarkHistorySearch1k(b *testing.B)  { benchmarkHistorySearch(b, 1000) }
func BenchmarkHistorySearch10k(b *testing.B) { benchmarkHistorySearch(b, 10000) }
func BenchmarkHistorySearch20k(b *testing.B) { benchmarkHistorySearch(b, 20000) }
