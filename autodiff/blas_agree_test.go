package autodiff

import (
	"encoding/json"
	"math"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"gonum.org/v1/gonum/mat"
)

// envAgreeOut names the file TestBLASBuildsAgree's child runs write their
// results to.
const envAgreeOut = "GOBACKPROP_BLAS_AGREE_OUT"

// TestBLASBuildsAgree runs the same training computations in the pure-Go
// build and in the OpenBLAS build (this test again, compiled each way) and
// checks that losses and gradients agree to 1e-12, relative to each
// matrix's largest entry: the two BLAS sum in different orders, and only
// rounding may differ. Outside CI a machine without libopenblas-dev skips
// it; CI installs it.
func TestBLASBuildsAgree(t *testing.T) {
	if out := os.Getenv(envAgreeOut); out != "" {
		writeAgreeResults(t, out)
		return
	}
	if testing.Short() {
		t.Skip("compiles this package twice")
	}
	libs, _ := filepath.Glob("/usr/lib/*/libopenblas.so")
	if len(libs) == 0 {
		if os.Getenv("CI") == "true" {
			t.Fatal("no libopenblas.so on a CI machine: .ci/run installs libopenblas-dev")
		}
		t.Skip("no OpenBLAS here: apt-get install libopenblas-dev")
	}
	run := func(tags ...string) (blas string, got map[string][]float64) {
		out := filepath.Join(t.TempDir(), "results.json")
		args := append([]string{"test", "-count=1"}, tags...)
		cmd := exec.Command("go", append(args, "-run", "^TestBLASBuildsAgree$", ".")...)
		cmd.Env = append(os.Environ(), envAgreeOut+"="+out)
		if b, err := cmd.CombinedOutput(); err != nil {
			t.Fatalf("go %s: %v\n%s", strings.Join(args, " "), err, b)
		}
		b, err := os.ReadFile(out)
		if err != nil {
			t.Fatal(err)
		}
		var r agreeResults
		if err := json.Unmarshal(b, &r); err != nil {
			t.Fatal(err)
		}
		return r.BLAS, r.Values
	}
	goBLAS, want := run()
	openBLAS, got := run("-tags", "openblas")
	if !strings.HasPrefix(openBLAS, "OpenBLAS") || goBLAS != "pure Go (gonum)" {
		t.Fatalf("got BLAS %q and %q, want OpenBLAS and pure Go", openBLAS, goBLAS)
	}
	t.Logf("%s against %s: %d results", openBLAS, goBLAS, len(want))
	for name, w := range want {
		g := got[name]
		if len(g) != len(w) {
			t.Errorf("%s: got %d values with OpenBLAS, want %d", name, len(g), len(w))
			continue
		}
		scale := 1.0
		for _, v := range w {
			scale = math.Max(scale, math.Abs(v))
		}
		for i := range w {
			if d := math.Abs(g[i] - w[i]); !(d <= 1e-12*scale) {
				t.Errorf("%s[%d]: got %.17g with OpenBLAS, want %.17g (pure Go): differ by %.3g, more than 1e-12 x %.3g", name, i, g[i], w[i], d, scale)
				break
			}
		}
	}
}

type agreeResults struct {
	BLAS   string
	Values map[string][]float64
}

// writeAgreeResults computes, with this build's BLAS, the losses and
// gradients of the assignment's linear classifiers (ten SGD steps) and of a
// two-layer net, and writes them to file.
func writeAgreeResults(t *testing.T, file string) {
	rng := rand.New(rand.NewPCG(18, 18))
	const n, d, h, c = 200, 3073, 50, 10
	xm := randDense(rng, n, d, -128, 128)
	y := make([]int, n)
	for i := range y {
		y[i] = rng.IntN(c)
	}
	values := map[string][]float64{}
	for _, loss := range []struct {
		name string
		f    lossFunc
	}{{"softmax", SoftmaxLoss}, {"svm", SVMLoss}} {
		wm := randDense(rng, d, c, -1e-3, 1e-3)
		x, w := ConstTensor("X", xm), NewTensor("W", wm)
		var losses []float64
		for range 10 {
			l := Add(loss.f(MatMul(x, w), y), Scale(L2(w), 2.5e4))
			l.Backward()
			losses = append(losses, l.Scalar())
			wm.Add(wm, scaled(-1e-7, w.Grad))
		}
		values[loss.name+" losses"] = losses
		values[loss.name+" W"] = wm.RawMatrix().Data
	}
	x := NewTensor("X", mat.DenseCopyOf(xm.Slice(0, 50, 0, d)))
	w1, b1 := NewTensor("W1", randDense(rng, d, h, -1e-2, 1e-2)), NewTensor("b1", randDense(rng, 1, h, -1, 1))
	w2, b2 := NewTensor("W2", randDense(rng, h, c, -1e-1, 1e-1)), NewTensor("b2", randDense(rng, 1, c, -1, 1))
	l := SoftmaxLoss(Add(MatMul(ReLU(Add(MatMul(x, w1), b1)), w2), b2), y[:50])
	l.Backward()
	values["net loss"] = []float64{l.Scalar()}
	for _, p := range []*Tensor{x, w1, b1, w2, b2} {
		values["net d"+p.Label] = p.Grad.RawMatrix().Data
	}
	b, err := json.Marshal(agreeResults{BLAS: BLAS(), Values: values})
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(file, b, 0o644); err != nil {
		t.Fatal(err)
	}
}

func scaled(s float64, m *mat.Dense) *mat.Dense {
	var out mat.Dense
	out.Scale(s, m)
	return &out
}
