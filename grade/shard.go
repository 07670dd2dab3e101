package grade

import (
	"fmt"
	"hash/fnv"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
)

// Shard is one of N equal shares of a set of submissions: the part one CI
// runner of a job matrix grades. Index counts from 1, as a matrix of
// shard: [1, 2, 3, 4] does.
type Shard struct {
	Index, Count int
}

// ParseShard reads "i/n", 1 <= i <= n, as the --shard flag spells it.
func ParseShard(s string) (Shard, error) {
	a, b, ok := strings.Cut(strings.TrimSpace(s), "/")
	i, err1 := strconv.Atoi(a)
	n, err2 := strconv.Atoi(b)
	if !ok || err1 != nil || err2 != nil || n < 1 || i < 1 || i > n {
		return Shard{}, fmt.Errorf("%q: want i/n with 1 <= i <= n, as in 2/4", s)
	}
	return Shard{Index: i, Count: n}, nil
}

// Holds reports whether the submission named key falls in the shard. The
// key is the submission's path relative to the folder the grader was
// given (or the path as given, for a file), with forward slashes, so
// that every runner of a matrix - same checkout, same command - splits
// the same way whatever its working directory or operating system. The
// share is picked by a hash (FNV-1a) of the key rather than by position
// in a sorted list, so a submission added late moves no other between
// shards, and a re-run of one shard grades what it graded before.
func (s Shard) Holds(key string) bool {
	if s.Count <= 1 {
		return true
	}
	h := fnv.New64a()
	h.Write([]byte(filepath.ToSlash(filepath.Clean(key))))
	return int(h.Sum64()%uint64(s.Count)) == s.Index-1
}

// String returns the shard as ParseShard reads it.
func (s Shard) String() string { return fmt.Sprintf("%d/%d", s.Index, s.Count) }

// Join joins the results of several reports (the JSON reports of the
// shards of one grading run) into one gradebook, sorted by submission. It
// returns an error naming a submission found in two reports: shards of
// one run never overlap, so that is a report of another run (or of the
// same shard twice) passed by mistake.
func Join(reports ...[]*Result) ([]*Result, error) {
	seen := map[string]bool{}
	var out []*Result
	for _, rs := range reports {
		for _, r := range rs {
			if seen[r.Submission] {
				return nil, fmt.Errorf("grade: %s is in two reports: give each shard's report once, all from the same run", r.Submission)
			}
			seen[r.Submission] = true
			out = append(out, r)
		}
	}
	SortResults(out)
	return out, nil
}

// SortResults sorts results by submission, the order of Join.
func SortResults(results []*Result) {
	sort.SliceStable(results, func(i, j int) bool { return results[i].Submission < results[j].Submission })
}
