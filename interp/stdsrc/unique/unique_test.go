package unique

import (
	"math"
	"testing"
	stdunique "unique"
)

type point struct{ x, y int }

func TestMatchesGo(t *testing.T) {
	//lint:ignore SA4000 handles made apart must compare as Go's do
	if (Make("a") == Make("a")) != (stdunique.Make("a") == stdunique.Make("a")) ||
		(Make("a") == Make("b")) != (stdunique.Make("a") == stdunique.Make("b")) {
		t.Error("string handles compare unlike Go's")
	}
	//lint:ignore SA4000 handles made apart must compare as Go's do
	if Make(point{1, 2}) != Make(point{1, 2}) || Make(point{1, 2}).Value() != (point{1, 2}) {
		t.Error("struct handles")
	}
	nan := math.NaN()
	//lint:ignore SA4000 handles made apart must compare as Go's do
	if (Make(nan) == Make(nan)) != (stdunique.Make(nan) == stdunique.Make(nan)) {
		t.Error("NaN handles compare unlike Go's")
	}
	seen := map[Handle[string]]int{}
	for _, w := range []string{"a", "b", "a"} {
		seen[Make(w)]++
	}
	if seen[Make("a")] != 2 || len(seen) != 2 {
		t.Errorf("handles as map keys: %v", seen)
	}
}
