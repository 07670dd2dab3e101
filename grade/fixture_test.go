package grade

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/gobackprop/gobackprop/notebook"
)

var update = flag.Bool("update", false, "rewrite the fixture notebooks in testdata")

func TestMain(m *testing.M) {
	// The test binary is also the grader's worker: Grade re-executes it
	// with WorkerEnv set, as the gobackprop binary re-executes itself.
	if os.Getenv(WorkerEnv) == "1" {
		os.Exit(Work())
	}
	os.Exit(m.Run())
}

// testOptions are short limits for tests: the worker is this test binary.
func testOptions(t testing.TB) Options {
	exe, err := os.Executable()
	if err != nil {
		t.Fatal(err)
	}
	return Options{CellTimeout: 3 * time.Second, TotalTimeout: 30 * time.Second, Memory: 512 << 20, MaxOutput: 256 << 10, Worker: []string{exe}}
}

// The fixture assignment: two exercises from the lecture, a sigmoid
// gate's local gradient (2 points) and one example's multiclass SVM loss
// with its gradient (3 points), each followed by a check cell with
// visible checks and hidden tests.
const (
	setupSrc = `import "math/rand"

// closeTo reports whether a and b agree to a relative tolerance.
func closeTo(a, b, tol float64) bool {
	return math.Abs(a-b) <= tol*math.Max(1, math.Max(math.Abs(a), math.Abs(b)))
}

rng := rand.New(rand.NewSource(231))`

	sigmoidSolution = `// sigmoidGrad returns the derivative of the sigmoid at x,
// σ'(x) = σ(x)(1-σ(x)): the local gradient of the lecture's sigmoid gate.
func sigmoidGrad(x float64) float64 {
	// BEGIN SOLUTION
	s := 1 / (1 + math.Exp(-x))
	return (1 - s) * s
	// END SOLUTION
}`

	sigmoidCheck = `if g := sigmoidGrad(0); !closeTo(g, 0.25, 1e-12) {
	panic(fmt.Sprintf("sigmoidGrad(0) = %v, want 0.25", g))
}
fmt.Println("sigmoidGrad(0) = 0.25: ok")
// BEGIN HIDDEN TESTS
for i := 0; i < 5; i++ {
	x := rng.NormFloat64() * 3
	sig := func(v float64) float64 { return 1 / (1 + math.Exp(-v)) }
	num := (sig(x+1e-5) - sig(x-1e-5)) / 2e-5
	if got := sigmoidGrad(x); math.Abs(got-num) > 1e-8 {
		panic(fmt.Sprintf("sigmoidGrad(%.3f) = %v, want %v (numerical gradient)", x, got, num))
	}
}
// END HIDDEN TESTS`

	svmSolution = `// svmLoss returns the multiclass SVM loss of one example,
// L = Σ_{j≠y} max(0, s_j - s_y + 1), and its gradient with respect to
// the class scores s.
func svmLoss(scores []float64, y int) (float64, []float64) {
	grad := make([]float64, len(scores))
	loss := 0.0
	// BEGIN SOLUTION
	for j, s := range scores {
		if j == y {
			continue
		}
		if margin := s - scores[y] + 1; margin > 0 {
			loss += margin
			grad[j]++
			grad[y]--
		}
	}
	// END SOLUTION
	return loss, grad
}`

	// examplesSrc is a cell with no nbgrader metadata, as notebooks
	// have before an exercise: the checks use its names all the same.
	examplesSrc = `// example is one image: its class scores and its label.
type example struct {
	scores []float64
	y      int
}

// cat is the lecture's cat image: scores 3.2 (cat), 5.1 (car), -1.7 (frog).
func cat() example { return example{scores: []float64{3.2, 5.1, -1.7}, y: 0} }

tol := 1e-9`

	svmCheck = `c := cat()
loss, grad := svmLoss(c.scores, c.y)
if !closeTo(loss, 2.9, tol) {
	panic(fmt.Sprintf("svmLoss(cat) = %v, want 2.9", loss))
}
fmt.Println("svmLoss(cat) = 2.9: ok")
// BEGIN HIDDEN TESTS
if l, _ := svmLoss([]float64{1.3, 4.9, 2.0}, 1); math.Abs(l) > 1e-9 {
	panic(fmt.Sprintf("svmLoss(car) = %v, want 0", l))
}
if l, _ := svmLoss([]float64{2.2, 2.5, -3.1}, 2); math.Abs(l-12.9) > 1e-9 {
	panic(fmt.Sprintf("svmLoss(frog) = %v, want 12.9", l))
}
for i, want := range []float64{-1, 1, 0} {
	if grad[i] != want {
		panic(fmt.Sprintf("gradient of the cat's loss = %v, want [-1 1 0]", grad))
	}
}
// END HIDDEN TESTS`
)

// The reference answer to the written question, and what the fixture's
// students write instead.
const (
	kinkAnswer    = "Where a margin is exactly 0: the hinge has a kink, and a centred difference across it averages two slopes."
	studentAnswer = "At margin 0 the max has a corner,\nso the numerical gradient is off there."
)

func nbgrader(id string, grade, solution, locked bool, points float64) map[string]any {
	return map[string]any{"nbgrader": Meta{GradeID: id, Grade: grade, Solution: solution, Locked: locked, Points: points, SchemaVersion: 3}.Map()}
}

// fixtureSource builds the instructor's notebook with fixed cell ids.
func fixtureSource() *notebook.Notebook {
	nb := notebook.New("gobackprop", "Go (gobackprop)", "go")
	add := func(id, typ, src string, meta map[string]any) {
		c := nb.Add(typ, src)
		c.ID = id
		if meta != nil {
			c.Metadata = meta
		}
	}
	add("intro", notebook.MarkdownCell, "# Assignment: gates and the SVM loss\n\nWrite the two functions below; each check cell tells you whether it works.", nil)
	add("setup", notebook.CodeCell, setupSrc, nbgrader("setup", false, false, true, 0))
	add("sigmoid-md", notebook.MarkdownCell, "## The sigmoid gate\n\nIts local gradient is $\\sigma(x)(1-\\sigma(x))$.", nil)
	add("sigmoid", notebook.CodeCell, sigmoidSolution, nbgrader("sigmoid-grad", false, true, false, 0))
	add("sigmoid-check", notebook.CodeCell, sigmoidCheck, nbgrader("sigmoid-grad-check", true, false, true, 2))
	add("try", notebook.CodeCell, "sigmoidGrad(1)", nil)
	add("svm-md", notebook.MarkdownCell, "## The multiclass SVM loss\n\n$L_i = \\sum_{j \\ne y_i} \\max(0, s_j - s_{y_i} + 1)$", nil)
	add("examples", notebook.CodeCell, examplesSrc, nil)
	add("svm", notebook.CodeCell, svmSolution, nbgrader("svm-loss", false, true, false, 0))
	add("svm-check", notebook.CodeCell, svmCheck, nbgrader("svm-loss-check", true, false, true, 3))
	add("kink-md", notebook.MarkdownCell, "**Question (1 point, graded by hand).** Where is the SVM loss not differentiable, and what does a gradient check show there?", nil)
	add("kink-answer", notebook.MarkdownCell, kinkAnswer, nbgrader("kink-answer", true, true, false, 1))
	return nb
}

// submission returns what a student hands in: the student version with
// the given code in solution cells (by cell id); other solution cells keep
// the source's reference solution.
func submission(t testing.TB, solutions map[string]string) *notebook.Notebook {
	t.Helper()
	src := fixtureSource()
	nb, err := Assign(src)
	if err != nil {
		t.Fatal(err)
	}
	for i, c := range nb.Cells {
		if m, _ := MetaOf(c); m.Solution && c.Type == notebook.CodeCell {
			c.Source = src.Cells[i].Source
		} else if m.Solution {
			c.Source = studentAnswer
		}
		if s, ok := solutions[c.ID]; ok {
			c.Source = s
		}
	}
	return nb
}

func cellByID(nb *notebook.Notebook, id string) *notebook.Cell {
	for _, c := range nb.Cells {
		if c.ID == id {
			return c
		}
	}
	return nil
}

// wrongSVM forgets the margin's +1: the cat's loss becomes 1.9.
var wrongSVM = strings.Replace(svmSolution, "s - scores[y] + 1", "s - scores[y]", 1)

// TestFixtureFiles keeps testdata in step with the fixtures above; the
// files are what install/ci's test grades and what a reader can open.
// Run with -update to rewrite them.
func TestFixtureFiles(t *testing.T) {
	student, err := Assign(fixtureSource())
	if err != nil {
		t.Fatal(err)
	}
	files := map[string]*notebook.Notebook{
		"assignment.ipynb":                fixtureSource(),
		"assignment.student.ipynb":        student,
		"submissions/complete.ipynb":      submission(t, nil),
		"submissions/unchanged.ipynb":     student,
		"submissions/wrong-svm.ipynb":     submission(t, map[string]string{"svm": wrongSVM}),
		"submissions/runs-a-shell.ipynb":  submission(t, map[string]string{"svm": "import \"os/exec\"\n\n" + svmSolution + "\n\nexec.Command(\"sh\", \"-c\", \"echo pwned\").Run()"}),
		"submissions/loops-forever.ipynb": submission(t, map[string]string{"svm": "func svmLoss(scores []float64, y int) (float64, []float64) {\n\tfor {\n\t}\n}"}),
	}
	contents := map[string][]byte{"submissions/not-a-notebook.ipynb": []byte("I could not get Jupyter to work, sorry.\n")}
	for name, nb := range files {
		var buf bytes.Buffer
		if err := nb.Write(&buf); err != nil {
			t.Fatal(err)
		}
		contents[name] = buf.Bytes()
	}
	for name, b := range contents {
		path := filepath.Join("testdata", name)
		if *update {
			os.MkdirAll(filepath.Dir(path), 0o755)
			if err := os.WriteFile(path, b, 0o644); err != nil {
				t.Fatal(err)
			}
			continue
		}
		got, err := os.ReadFile(path)
		if err != nil {
			t.Fatalf("%v (run go test ./grade -run TestFixtureFiles -update)", err)
		}
		if !bytes.Equal(got, b) {
			t.Errorf("%s is stale: run go test ./grade -run TestFixtureFiles -update", path)
		}
	}
}
