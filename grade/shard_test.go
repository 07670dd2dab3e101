package grade

import (
	"fmt"
	"strings"
	"testing"
)

func TestParseShard(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want Shard
		ok   bool
	}{
		{"1/4", Shard{1, 4}, true},
		{" 4/4 ", Shard{4, 4}, true},
		{"1/1", Shard{1, 1}, true},
		{"0/4", Shard{}, false}, // counts from 1, as a job matrix does
		{"5/4", Shard{}, false},
		{"1/0", Shard{}, false},
		{"2", Shard{}, false},
		{"a/b", Shard{}, false},
	} {
		t.Run(tc.in, func(t *testing.T) {
			got, err := ParseShard(tc.in)
			if (err == nil) != tc.ok || got != tc.want {
				t.Errorf("got %v, %v; want %v, ok %v", got, err, tc.want, tc.ok)
			}
		})
	}
}

// TestShardPartition checks that the shards of a run split the
// submissions exactly - each in one shard - and roughly evenly.
func TestShardPartition(t *testing.T) {
	const n, students = 4, 1000
	count := make([]int, n)
	for i := range students {
		key := fmt.Sprintf("student%04d.ipynb", i)
		in := 0
		for s := 1; s <= n; s++ {
			if (Shard{s, n}).Holds(key) {
				in++
				count[s-1]++
			}
		}
		if in != 1 {
			t.Fatalf("%s is in %d shards, want 1", key, in)
		}
	}
	for s, c := range count {
		if c < students/n*3/4 || c > students/n*5/4 {
			t.Errorf("shard %d/%d holds %d of %d submissions, want about %d", s+1, n, c, students, students/n)
		}
	}
}

// TestShardStable pins the split: runners built from different versions
// of gobackprop, or on another operating system, must agree on it.
func TestShardStable(t *testing.T) {
	for _, tc := range []struct {
		key  string
		want int
	}{
		{"alice.ipynb", 2},
		{"bob/07-svm.ipynb", 4},
		{"./bob/07-svm.ipynb", 4}, // the same file, spelled otherwise
	} {
		got := 0
		for s := 1; s <= 4; s++ {
			if (Shard{s, 4}).Holds(tc.key) {
				got = s
			}
		}
		if got != tc.want {
			t.Errorf("%s: got shard %d/4, want %d/4", tc.key, got, tc.want)
		}
	}
}

func TestJoin(t *testing.T) {
	a := &Result{Submission: "b.ipynb"}
	b := &Result{Submission: "a.ipynb"}
	c := &Result{Submission: "c.ipynb"}
	got, err := Join([]*Result{a, c}, nil, []*Result{b})
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, r := range got {
		names = append(names, r.Submission)
	}
	if strings.Join(names, " ") != "a.ipynb b.ipynb c.ipynb" {
		t.Errorf("got %v, want a, b, c", names)
	}
	if _, err := Join([]*Result{a}, []*Result{{Submission: "b.ipynb"}}); err == nil || !strings.Contains(err.Error(), "b.ipynb is in two reports") {
		t.Errorf("got %v, want an error naming b.ipynb", err)
	}
}
