// The XGBoost C API (Debian `libxgboost-dev`, XGBoost 1.7). Only the `XGBoost` Swift module imports this.
#include <xgboost/c_api.h>
